import type { Span, UnknownValue, Value } from '../../../model.js'
import type { Compound } from '../parse/ast.js'
import type { Env } from './context.js'

const MAX_EXPR = 80

/** The source text of an expression on one line, shortened for messages. */
export function sourceText(text: string, start: number, end: number): string {
  if (end - start <= MAX_EXPR && isCompact(text, start, end)) return text.slice(start, end)
  const raw = text.slice(start, Math.min(end, start + MAX_EXPR * 4))
  const flat = raw.replace(/\s+/g, ' ').trim()
  return flat.length > MAX_EXPR || end - start > MAX_EXPR * 4 ? `${flat.slice(0, MAX_EXPR - 1)}…` : flat
}

/** No line breaks, tabs or runs of spaces: the text can be used as it is. */
function isCompact(text: string, start: number, end: number): boolean {
  let previous = 0
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c < 32 || (c === 32 && previous === 32)) return false
    previous = c
  }
  return true
}

export function unknownValue(expr: string, span: Span, refs: readonly string[]): UnknownValue {
  if (refs.length === 0) return { kind: 'unknown', expr, span }
  return { kind: 'unknown', expr, refs: refs.length === 1 ? [refs[0] as string] : [...new Set(refs)], span }
}

/** The expression as an unknown value: its text and span, and the resources it refers to. */
export function unknownOf(expr: Compound, env: Env, refs: readonly string[]): UnknownValue {
  return unknownValue(sourceText(env.text, expr.start, expr.end), expr.span, refs)
}

/** Every resource address named by the unknown values in `values`, however deep. */
export function refsOf(values: readonly Value[]): string[] {
  const refs: string[] = []
  for (const value of values) collectRefs(value, refs, 0)
  return refs
}

function collectRefs(value: Value, refs: string[], depth: number): void {
  if (depth > 512) return
  switch (value.kind) {
    case 'unknown':
      if (value.refs !== undefined) refs.push(...value.refs)
      return
    case 'list':
      for (const item of value.items) collectRefs(item, refs, depth + 1)
      return
    case 'map':
      for (const item of value.entries.values()) collectRefs(item, refs, depth + 1)
      return
    default:
      return
  }
}

/** Whether a value is unknown or holds an unknown anywhere inside. */
export function hasUnknown(value: Value): boolean {
  switch (value.kind) {
    case 'unknown':
      return true
    case 'list':
      return value.items.some(hasUnknown)
    case 'map':
      for (const item of value.entries.values()) if (hasUnknown(item)) return true
      return false
    default:
      return false
  }
}
