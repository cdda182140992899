import type { Resource, Span, Value } from '../../src/model.js'
import type { Outcome } from '../../src/engine/index.js'
import { compileRules } from '../../src/engine/compile-rules.js'
import { evaluate } from '../../src/engine/index.js'
import { ROW_IDS } from '../rules/controls.js'

/** Test data: plain JS turned into values, one line per attribute as in a formatted file. */

const UNKNOWN = Symbol('unknown expression')

export interface UnknownMark {
  [UNKNOWN]: true
  expr: string
  refs?: string[]
}

export function unknown(expr: string, refs?: string[]): UnknownMark {
  return { [UNKNOWN]: true, expr, ...(refs === undefined ? {} : { refs }) }
}

export function span(line: number, endLine = line): Span {
  return { line, column: 3, endLine, endColumn: 40 }
}

/** Values from plain data; `lines.next` is the line the next attribute goes on. */
export function toValue(data: unknown, lines: { next: number } = { next: 1 }): Value {
  const line = lines.next
  if (data !== null && typeof data === 'object' && UNKNOWN in data) {
    const mark = data as UnknownMark
    return { kind: 'unknown', expr: mark.expr, ...(mark.refs ? { refs: mark.refs } : {}), span: span(line) }
  }
  if (data === null) return { kind: 'null', span: span(line) }
  if (typeof data === 'string') return { kind: 'string', value: data, span: span(line) }
  if (typeof data === 'number') return { kind: 'number', value: data, span: span(line) }
  if (typeof data === 'boolean') return { kind: 'bool', value: data, span: span(line) }
  if (Array.isArray(data)) {
    const items = data.map(item => toValue(item, isBlock(item) ? lines : { next: line }))
    return { kind: 'list', items, span: span(line, Math.max(line, lines.next - 1)) }
  }
  lines.next++
  const entries = new Map<string, Value>()
  for (const [key, item] of Object.entries(data as Record<string, unknown>)) {
    const start = lines.next
    entries.set(key, toValue(item, lines))
    if (lines.next === start) lines.next++
  }
  return { kind: 'map', entries, span: span(line, lines.next - 1) }
}

function isBlock(data: unknown): boolean {
  return data !== null && typeof data === 'object' && !Array.isArray(data) && !(UNKNOWN in data)
}

export interface ResourceSetup {
  file?: string
  unit?: string
  line?: number
}

/** A Terraform resource `type.name` whose block starts on `line` (default 1), attributes on the lines after. */
export function resource(
  address: string,
  body: Record<string, unknown>,
  options: ResourceSetup = {}
): Resource {
  const line = options.line ?? 1
  const lines = { next: line }
  const value = toValue(body, lines)
  if (value.kind !== 'map') throw new Error('a resource body is a map')
  const type = address.split('.').slice(0, -1).join('.')
  return {
    file: options.file ?? 'main.tf',
    format: 'terraform',
    type,
    address,
    key: `${options.unit ?? '.'}//${address}`,
    span: value.span,
    body: value
  }
}

export function attrLine(res: Resource, key: string): number {
  const value = res.body.entries.get(key)
  if (value === undefined) throw new Error(`no attribute ${key}`)
  return value.span.line
}

/** A complete rule document around a selector; JSON is YAML, so the text is the JSON. */
export function ruleDoc(selector: Record<string, unknown>, overrides: Record<string, unknown> = {}): object {
  return {
    id: 'test-rule',
    title: 'Test rule',
    row: 'access-restriction',
    severity: 'high',
    references: [],
    explanation: 'Why it matters.',
    remediation: 'How to fix it.',
    formats: { terraform: { types: ['aws_thing'], ...selector } },
    ...overrides
  }
}

export const ROWS = ROW_IDS

export function compileOne(doc: object, file = 'rules/controls/test/test-rule/rule.yml') {
  return compileRules([{ file, text: JSON.stringify(doc) }], { knownRows: ROWS })
}

/** Runs one rule with this selector on the resources; returns the outcomes of the given resource. */
export function run(
  selector: Record<string, unknown>,
  resources: Resource[],
  of: Resource = resources[0] as Resource
): Outcome {
  const outcomes = evaluate(compileOne(ruleDoc(selector)), resources).filter(o => o.resource === of)
  if (outcomes.length !== 1) throw new Error(`expected one outcome, found ${outcomes.length}`)
  return outcomes[0] as Outcome
}

/** The outcome kind of `assert` on a single `aws_thing` resource with this body. */
export function verdictOf(assert: unknown, body: Record<string, unknown>): Outcome['outcome'] {
  return run({ assert }, [resource('aws_thing.x', body)]).outcome
}
