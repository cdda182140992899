import type { Resource, Value } from '../model.js'
import { describeValue } from '../values.js'
import type { Evidence } from './truth.js'

/**
 * The rule's message with `{value}`, `{path}` and `{address}` filled in, or
 * the evidence's own words. For a sensitive rule `{value}` is masked.
 */
export function outcomeMessage(
  template: string | undefined,
  evidence: Evidence,
  resource: Resource,
  sensitive = false
): string {
  if (template === undefined) return evidence.message
  return template.replace(/\{(value|path|address)\}/g, (_, name: string) => {
    if (name === 'path') return evidence.path
    if (name === 'address') return resource.address
    if (evidence.value === undefined) return 'not set'
    return sensitive ? maskValue(evidence.value) : describeValue(evidence.value)
  })
}

/**
 * A secret as it may be shown: its kind and length, and its first four
 * characters only when it is long enough (16+) for that to reveal little —
 * enough to find it, never enough to use it.
 */
export function maskValue(value: Value): string {
  if (value.kind !== 'string') return value.kind === 'unknown' ? value.expr : `a ${value.kind}`
  const length = value.value.length
  const prefix = length >= 16 ? value.value.slice(0, 4) : ''
  return `"${prefix}…" (${length} characters, masked)`
}
