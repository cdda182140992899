import type { Span, Value } from '../model.js'

/** Plain data from a rule file (a `default`) as a value placed at `span`. */
export function plainToValue(data: unknown, span: Span): Value {
  if (data === null || data === undefined) return { kind: 'null', span }
  if (typeof data === 'string') return { kind: 'string', value: data, span }
  if (typeof data === 'number') return { kind: 'number', value: data, span }
  if (typeof data === 'boolean') return { kind: 'bool', value: data, span }
  if (Array.isArray(data)) return { kind: 'list', items: data.map(item => plainToValue(item, span)), span }
  const entries = new Map<string, Value>()
  for (const [key, item] of Object.entries(data as Record<string, unknown>)) {
    entries.set(key, plainToValue(item, span))
  }
  return { kind: 'map', entries, span }
}
