import type { MapValue, Span, Value } from '../../model.js'
import { exprText } from './expr-text.js'

/**
 * The long name of each YAML short form: `!Ref` is `Ref`, `!Condition` is
 * `Condition`, every other one `Fn::` and its name.
 */
const LONG_NAMES: ReadonlyMap<string, string> = new Map([
  ['!Ref', 'Ref'],
  ['!Condition', 'Condition'],
  ...[
    'And',
    'Base64',
    'Cidr',
    'Equals',
    'FindInMap',
    'GetAtt',
    'GetAZs',
    'If',
    'ImportValue',
    'Join',
    'Length',
    'Not',
    'Or',
    'Select',
    'Split',
    'Sub',
    'ToJsonString',
    'Transform'
  ].map((name): [string, string] => [`!${name}`, `Fn::${name}`])
])

/**
 * The `tag` hook of `parseYaml` for templates: every short form becomes the
 * long form JSON templates write (`!Ref X` → `{ Ref: X }`, `!GetAtt a.b` →
 * `{ 'Fn::GetAtt': [a, b] }`), so both give the same model. The result spans
 * the tag too (`!Ref X`, not just `X`). A tag that is no intrinsic is kept
 * as an unknown value: nothing can say what it stands for.
 */
export function shortFormTags(text: string): (tag: string, value: Value, span: Span) => Value {
  let starts: number[] | undefined
  return (tag, value, span) => {
    starts ??= lineStarts(text)
    const whole = withTag(text, starts, tag, span)
    const name = LONG_NAMES.get(tag)
    if (name === undefined) return { kind: 'unknown', expr: `${tag} ${exprText(value, 60)}`, span: whole }
    const arg = name === 'Fn::GetAtt' && value.kind === 'string' ? splitGetAtt(value) : value
    const call: MapValue = {
      kind: 'map',
      entries: new Map([[name, arg]]),
      keySpans: new Map([[name, whole]]),
      span: whole
    }
    return call
  }
}

/** `!GetAtt Db.Endpoint.Address` names the resource before the first dot, the attribute after it. */
function splitGetAtt(value: Value & { kind: 'string' }): Value {
  const dot = value.value.indexOf('.')
  if (dot <= 0) return value
  return {
    kind: 'list',
    items: [
      { kind: 'string', value: value.value.slice(0, dot), span: value.span },
      { kind: 'string', value: value.value.slice(dot + 1), span: value.span }
    ],
    span: value.span
  }
}

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

/** The node's span widened back to its tag, when the tag is what precedes it (across blanks). */
function withTag(text: string, starts: readonly number[], tag: string, span: Span): Span {
  const lineStart = starts[span.line - 1]
  if (lineStart === undefined) return span
  let i = lineStart + span.column - 1
  while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--
  const at = i - tag.length
  if (at < 0 || !text.startsWith(tag, at)) return span
  let line = span.line
  while (line > 1 && (starts[line - 1] as number) > at) line--
  return { ...span, line, column: at - (starts[line - 1] as number) + 1 }
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d
}
