import type { MapValue, Span, Value } from '../../model.js'
import { interpolateDeep, interpolateString } from './interpolate.js'
import type { ComposeProblem } from './problems.js'
import { describeValueKind } from './problems.js'

/**
 * `environment`, `labels` and the like, written as a map (`KEY: value`) or
 * as a list (`- KEY=value`), as one map. A list item's value keeps the
 * item's span. `- KEY` without `=`, like `KEY:` with no value, takes its
 * value from the environment Compose runs in: null here, meaning not set in
 * the file.
 */
export function keyValueMap(value: Value, problems: ComposeProblem[]): Value {
  if (value.kind === 'map') return interpolateDeep(value)
  if (value.kind !== 'list') return interpolateDeep(value)
  const entries = new Map<string, Value>()
  const keySpans = new Map<string, Span>()
  for (const item of value.items) {
    const read = readItem(item)
    if (read === undefined) {
      problems.push({
        line: item.span.line,
        message: `expected KEY=value or KEY, found ${describeValueKind(item.kind)}`
      })
      continue
    }
    entries.delete(read.key)
    entries.set(read.key, read.value)
    keySpans.set(read.key, item.span)
  }
  return { kind: 'map', entries, keySpans, span: value.span } satisfies MapValue
}

function readItem(item: Value): { key: string; value: Value } | undefined {
  if (item.kind === 'number' || item.kind === 'bool')
    return { key: String(item.value), value: nullAt(item.span) }
  if (item.kind !== 'string' || item.value === '') return undefined
  const equals = item.value.indexOf('=')
  if (equals < 0) return { key: item.value, value: nullAt(item.span) }
  const text = item.value.slice(equals + 1)
  return {
    key: item.value.slice(0, equals),
    value: interpolateString({ kind: 'string', value: text, span: item.span })
  }
}

function nullAt(span: Span): Value {
  return { kind: 'null', span }
}

/**
 * The environment as a list of `{ name, value }`, the shape Kubernetes
 * writes it in, so that a rule can match variable names by pattern (a map's
 * keys cannot be matched). Each entry spans from its key to its value.
 */
export function envList(environment: MapValue): Value {
  const items: Value[] = []
  for (const [name, value] of environment.entries) {
    const keySpan = environment.keySpans?.get(name) ?? value.span
    const after =
      value.span.endLine > keySpan.endLine ||
      (value.span.endLine === keySpan.endLine && value.span.endColumn > keySpan.endColumn)
    const span = after
      ? { ...keySpan, endLine: value.span.endLine, endColumn: value.span.endColumn }
      : keySpan
    const entries = new Map<string, Value>([
      ['name', { kind: 'string', value: name, span: keySpan }],
      ['value', value]
    ])
    items.push({
      kind: 'map',
      entries,
      keySpans: new Map([
        ['name', keySpan],
        ['value', value.span]
      ]),
      span
    })
  }
  return { kind: 'list', items, span: environment.span }
}
