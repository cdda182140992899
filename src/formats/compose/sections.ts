import type { MapValue, Span, Value } from '../../model.js'
import type { ComposeProblem } from './problems.js'
import { describeValueKind } from './problems.js'

/** One entry of a top-level section: its name, its body, and the span from its key to its end. */
export interface SectionEntry {
  name: string
  body: MapValue
  span: Span
}

/**
 * The entries of a top-level section (`services`, `networks`, …) with a
 * mapping body each; `name:` with no body is an empty one. Extension keys
 * (`x-…`) are not entries. An entry that is not a mapping is a problem.
 */
export function sectionEntries(section: Value, label: string, problems: ComposeProblem[]): SectionEntry[] {
  if (section.kind === 'null') return []
  if (section.kind !== 'map') {
    problems.push({
      line: section.span.line,
      message: `expected '${label}' to be a mapping of names to definitions, found ${describeValueKind(section.kind)}`
    })
    return []
  }
  const out: SectionEntry[] = []
  for (const [name, value] of section.entries) {
    if (name.startsWith('x-')) continue
    const keySpan = section.keySpans?.get(name) ?? value.span
    if (value.kind === 'null') {
      out.push({
        name,
        body: { kind: 'map', entries: new Map(), keySpans: new Map(), span: keySpan },
        span: keySpan
      })
    } else if (value.kind === 'map') {
      out.push({ name, body: value, span: spanning(keySpan, value.span) })
    } else {
      problems.push({
        line: value.span.line,
        message: `expected '${label}.${name}' to be a mapping, found ${describeValueKind(value.kind)}`
      })
    }
  }
  return out
}

/** From the start of the key to the end of its value. */
export function spanning(key: Span, value: Span): Span {
  return { line: key.line, column: key.column, endLine: value.endLine, endColumn: value.endColumn }
}
