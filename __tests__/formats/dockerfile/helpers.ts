import { dockerfileParser } from '../../../src/formats/dockerfile/index.js'
import type { ParseOutput } from '../../../src/formats/format.js'
import type { MapValue, Resource, Span, Value } from '../../../src/model.js'
import { toPlain } from '../../../src/values.js'

/** Parses one Dockerfile through the public parser. */
export function parse(text: string, path = 'Dockerfile'): ParseOutput {
  return dockerfileParser.parse(path, [{ path, text }])
}

/** Parses one Dockerfile and fails the test on any error. */
export function stages(text: string, path = 'Dockerfile'): Resource[] {
  const out = parse(text, path)
  if (out.errors.length > 0) throw new Error(`unexpected errors: ${JSON.stringify(out.errors)}`)
  return out.resources
}

export function resource(resources: Resource[], address: string): Resource {
  const found = resources.find(r => r.address === address)
  if (found === undefined)
    throw new Error(`no resource ${address} in ${resources.map(r => r.address).join(', ')}`)
  return found
}

/** The value at a dotted path (`from.tag`, `instructions.0.pairs.A.value`). */
export function at(value: MapValue, path: string): Value {
  let current: Value = value
  for (const part of path.split('.')) {
    let next: Value | undefined
    if (current.kind === 'map') next = current.entries.get(part)
    else if (current.kind === 'list') next = current.items[Number(part)]
    if (next === undefined) throw new Error(`nothing at '${part}' of '${path}'`)
    current = next
  }
  return current
}

export function plain(value: MapValue, path: string): unknown {
  return toPlain(at(value, path))
}

export function span(line: number, column: number, endLine: number, endColumn: number): Span {
  return { line, column, endLine, endColumn }
}
