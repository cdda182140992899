import type { MapValue, Resource, Span, Value } from '../../src/model.js'

/** An expression static analysis cannot settle, for {@link resource} bodies. */
export interface UnknownInput {
  unknown: string
  refs?: string[]
}

export type Input = string | number | boolean | null | UnknownInput | Input[] | { [key: string]: Input }

export function unknown(expr: string, refs?: string[]): UnknownInput {
  return refs ? { unknown: expr, refs } : { unknown: expr }
}

export interface Place {
  unit?: string
  file?: string
  line?: number
}

/**
 * A Terraform resource built by hand: `aws_db_instance.main` in unit `db`,
 * file `db/main.tf`, starting at `line` (default 1); each top-level attribute
 * sits on its own line below it, in the order given.
 */
export function resource(
  type: string,
  name: string,
  body: Record<string, Input>,
  place: Place = {}
): Resource {
  const unit = place.unit ?? 'db'
  const line = place.line ?? 1
  const entries = new Map<string, Value>()
  Object.entries(body).forEach(([key, input], i) => entries.set(key, toValue(input, line + i + 1)))
  const end = line + entries.size + 1
  const address = `${type}.${name}`
  return {
    file: place.file ?? `${unit}/main.tf`,
    format: 'terraform',
    type,
    address,
    key: `${unit}//${address}`,
    span: span(line, end),
    body: { kind: 'map', entries, span: span(line, end) }
  }
}

function toValue(input: Input, line: number): Value {
  const at = span(line, line)
  if (input === null) return { kind: 'null', span: at }
  if (typeof input === 'string') return { kind: 'string', value: input, span: at }
  if (typeof input === 'number') return { kind: 'number', value: input, span: at }
  if (typeof input === 'boolean') return { kind: 'bool', value: input, span: at }
  if (Array.isArray(input)) return { kind: 'list', items: input.map(i => toValue(i, line)), span: at }
  if (isUnknown(input))
    return { kind: 'unknown', expr: input.unknown, span: at, ...(input.refs ? { refs: input.refs } : {}) }
  const entries = new Map(Object.entries(input).map(([k, v]) => [k, toValue(v, line)]))
  return { kind: 'map', entries, span: at } satisfies MapValue
}

function isUnknown(input: object): input is UnknownInput {
  return 'unknown' in input && typeof (input as UnknownInput).unknown === 'string'
}

function span(line: number, endLine: number): Span {
  return { line, column: 1, endLine, endColumn: 1 }
}
