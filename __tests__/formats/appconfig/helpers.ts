import { appConfigParser } from '../../../src/formats/appconfig/index.js'
import type { ParseOutput } from '../../../src/formats/format.js'
import type { Resource, Span, Value } from '../../../src/model.js'
import { toPlain } from '../../../src/values.js'

export function parse(path: string, text: string): ParseOutput {
  return appConfigParser.parse(path, [{ path, text }])
}

/** Parses one settings file and fails the test on any error. */
export function settings(path: string, text: string): Resource[] {
  const out = parse(path, text)
  if (out.errors.length > 0) throw new Error(`unexpected errors: ${JSON.stringify(out.errors)}`)
  return out.resources
}

/** address → plain value, in file order. */
export function values(resources: Resource[]): [string, unknown][] {
  return resources.map(r => [r.address, toPlain(field(r, 'value'))])
}

export function field(resource: Resource, name: string): Value {
  const value = resource.body.entries.get(name)
  if (value === undefined) throw new Error(`${resource.address} has no ${name}`)
  return value
}

export function find(resources: Resource[], address: string): Resource {
  const found = resources.find(r => r.address === address)
  if (found === undefined) throw new Error(`no ${address} in ${resources.map(r => r.address).join(', ')}`)
  return found
}

export function span(line: number, column: number, endLine: number, endColumn: number): Span {
  return { line, column, endLine, endColumn }
}
