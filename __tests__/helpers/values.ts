import type { MapValue, Resource, Span, Value } from '../../src/model.js'

/** A span on one line, for hand-built values in tests. */
export function at(line: number, column = 1): Span {
  return { line, column, endLine: line, endColumn: column + 1 }
}

/** Builds a Value from plain JS data, every node on `line`. `undefined` becomes an unknown expression. */
export function value(data: unknown, line = 1): Value {
  const span = at(line)
  if (data === null) return { kind: 'null', span }
  if (data === undefined) return { kind: 'unknown', expr: 'var.x', span }
  if (typeof data === 'string') return { kind: 'string', value: data, span }
  if (typeof data === 'number') return { kind: 'number', value: data, span }
  if (typeof data === 'boolean') return { kind: 'bool', value: data, span }
  if (Array.isArray(data)) return { kind: 'list', items: data.map(d => value(d, line)), span }
  return map(data as Record<string, unknown>, line)
}

export function map(data: Record<string, unknown>, line = 1): MapValue {
  const entries = new Map<string, Value>()
  for (const [k, v] of Object.entries(data)) entries.set(k, value(v, line))
  return { kind: 'map', entries, span: at(line) }
}

export function resource(
  type: string,
  name: string,
  body: Record<string, unknown>,
  line = 1,
  file = 'main.tf'
): Resource {
  const address = `${type}.${name}`
  return {
    file,
    format: 'terraform',
    type,
    address,
    key: `.//${address}`,
    span: at(line),
    body: map(body, line)
  }
}
