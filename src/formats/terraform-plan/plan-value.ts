import type { Span, Value } from '../../model.js'

/** What an unknown value of a plan says instead of a value. */
export const KNOWN_AFTER_APPLY = '(known after apply)'
export const SENSITIVE = '(sensitive)'

/**
 * A plan value as the model holds it: a sensitive value (its mask `true`)
 * becomes an unknown that never shows it; a value known only after apply
 * becomes an unknown; an attribute set to null is left out, as an unset
 * attribute is in source, so that rules read plan and source alike.
 * Spans stay those of the plan file. Undefined when nothing is left.
 */
export function planValue(
  value: Value | undefined,
  unknown: Value | undefined,
  sensitive: Value | undefined,
  span: Span
): Value | undefined {
  const at = value?.span ?? unknown?.span ?? span
  if (isTrue(sensitive)) return { kind: 'unknown', expr: SENSITIVE, span: at }
  if (isTrue(unknown)) return { kind: 'unknown', expr: KNOWN_AFTER_APPLY, span: at }
  if (value === undefined || value.kind === 'null') return undefined
  if (value.kind === 'map') return mapValue(value, unknown, sensitive)
  if (value.kind === 'list') {
    const items = value.items.map(
      (item, i) => planValue(item, itemOf(unknown, i), itemOf(sensitive, i), item.span) ?? nullAt(item.span)
    )
    return { kind: 'list', items, span: value.span }
  }
  return value
}

function mapValue(value: Extract<Value, { kind: 'map' }>, unknown?: Value, sensitive?: Value): Value {
  const entries = new Map<string, Value>()
  const keySpans = new Map<string, Span>()
  const keys = new Set(value.entries.keys())
  if (unknown?.kind === 'map') for (const key of unknown.entries.keys()) keys.add(key)
  for (const key of keys) {
    const item = planValue(value.entries.get(key), entryOf(unknown, key), entryOf(sensitive, key), value.span)
    if (item === undefined) continue
    entries.set(key, item)
    keySpans.set(key, value.keySpans?.get(key) ?? item.span)
  }
  return { kind: 'map', entries, keySpans, span: value.span }
}

function isTrue(mask: Value | undefined): boolean {
  return mask?.kind === 'bool' && mask.value
}

function entryOf(mask: Value | undefined, key: string): Value | undefined {
  return mask?.kind === 'map' ? mask.entries.get(key) : undefined
}

function itemOf(mask: Value | undefined, i: number): Value | undefined {
  return mask?.kind === 'list' ? mask.items[i] : undefined
}

function nullAt(span: Span): Value {
  return { kind: 'null', span }
}
