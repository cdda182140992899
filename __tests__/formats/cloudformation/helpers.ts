import type { ParseOutput } from '../../../src/formats/format.js'
import { cloudformationParser } from '../../../src/formats/cloudformation/index.js'
import type { Resource, Span, Value } from '../../../src/model.js'

import { findResource as resource, valueAt as at } from '../../helpers/lookup.js'

export { at, resource }

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
