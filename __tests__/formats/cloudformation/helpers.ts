import type { ParseOutput } from '../../../src/formats/format.js'
import { cloudformationParser } from '../../../src/formats/cloudformation/index.js'
import type { MapValue, Resource, Span, Value } from '../../../src/model.js'

/** Parses one template through the public parser. */
export function parseTemplate(text: string, path = 'template.yaml'): ParseOutput {
  return cloudformationParser.parse(cloudformationParser.unitOf(path), [{ path, text }])
}

/** Parses one template and fails the test on any error. */
export function parseOk(text: string, path = 'template.yaml'): Resource[] {
  const out = parseTemplate(text, path)
  if (out.errors.length > 0) throw new Error(`unexpected errors: ${JSON.stringify(out.errors)}`)
  return out.resources
}

export function resource(resources: readonly Resource[], address: string): Resource {
  const found = resources.find(r => r.address === address)
  if (found === undefined)
    throw new Error(`no resource ${address} in ${resources.map(r => r.address).join(', ')}`)
  return found
}

/** The value at a dotted path: `Tags.0.Key`, `BucketEncryption.Rules`. */
export function at(map: MapValue, path: string): Value {
  let current: Value = map
  for (const part of path.split('.')) {
    let next: Value | undefined
    if (current.kind === 'map') next = current.entries.get(part)
    else if (current.kind === 'list') next = current.items[Number(part)]
    if (next === undefined) throw new Error(`nothing at '${part}' of '${path}'`)
    current = next
  }
  return current
}

export function span(line: number, column: number, endLine: number, endColumn: number): Span {
  return { line, column, endLine, endColumn }
}

/** The evaluated `Value` property of a one-resource template, after `prelude` sections. */
export function valueOf(expr: string, prelude = '', path = 'template.yaml'): Value {
  const text = `${prelude}\nResources:\n  Thing:\n    Type: AWS::Test::Thing\n    Properties:\n      Value: ${expr}\n`
  const [thing] = parseOk(text, path)
  if (thing === undefined) throw new Error('no resource')
  const value = thing.body.entries.get('Value')
  if (value === undefined) throw new Error('no Value property')
  return value
}
