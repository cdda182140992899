import type { Value } from '../model.js'
import { parseJsonValue } from './json-value.js'

/** Parsed JSON per string value, so that a policy read by several rules is parsed once. */
const cache = new WeakMap<Value, Value | null>()

export function parseJsonText(value: Value & { kind: 'string' }): Value | undefined {
  let parsed = cache.get(value)
  if (parsed === undefined) {
    parsed = parseJsonValue(value.value, value.span) ?? null
    cache.set(value, parsed)
  }
  return parsed ?? undefined
}
