import type { Span, Value } from '../../model.js'

/**
 * Moves every span of a value (and its keys' spans) down by `by` lines, for
 * a document that was parsed on its own out of a longer stream. Anchored
 * nodes are shared between their aliases, so each span is moved once.
 */
export function shiftLines(value: Value, by: number): void {
  if (by === 0) return
  const moved = new Set<Span>()
  const shift = (span: Span): void => {
    if (moved.has(span)) return
    moved.add(span)
    span.line += by
    span.endLine += by
  }
  const visit = (node: Value): void => {
    if (moved.has(node.span)) return
    shift(node.span)
    if (node.kind === 'list') node.items.forEach(visit)
    if (node.kind !== 'map') return
    node.entries.forEach(visit)
    node.keySpans?.forEach(shift)
  }
  visit(value)
}
