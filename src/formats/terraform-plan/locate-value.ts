import type { Span, Value } from '../../model.js'
import { SENSITIVE } from './plan-value.js'

/**
 * A plan value placed on its source: each part takes the span of the same
 * part in the source resource's body (the attribute as written), and a
 * part the source does not write (a computed attribute, a provider
 * default) takes the span of the closest part it does, at worst the
 * block's body. A value known only after apply takes the source's
 * expression and refs, so cross-resource links can still be followed; a
 * sensitive one keeps only the refs.
 */
export function locateValue(plan: Value, source: Value | undefined, fallback: Span): Value {
  const span = source?.span ?? fallback
  switch (plan.kind) {
    case 'map': {
      const entries = new Map<string, Value>()
      const keySpans = new Map<string, Span>()
      const inner = source?.kind === 'map' ? source : undefined
      for (const [key, item] of plan.entries) {
        entries.set(key, locateValue(item, inner?.entries.get(key), span))
        keySpans.set(key, inner?.keySpans?.get(key) ?? span)
      }
      return { kind: 'map', entries, keySpans, span }
    }
    case 'list': {
      const inner = source?.kind === 'list' ? source.items : []
      return { kind: 'list', items: plan.items.map((item, i) => locateValue(item, inner[i], span)), span }
    }
    case 'unknown':
      return locateUnknown(plan, source, span)
    default:
      return { ...plan, span }
  }
}

function locateUnknown(
  plan: Extract<Value, { kind: 'unknown' }>,
  source: Value | undefined,
  span: Span
): Value {
  if (source?.kind !== 'unknown') return { ...plan, span }
  const refs = source.refs === undefined ? {} : { refs: source.refs }
  const expr = plan.expr === SENSITIVE ? SENSITIVE : source.expr
  return { kind: 'unknown', expr, ...refs, span }
}
