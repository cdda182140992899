import type { ParseOutput, SourceFile } from '../../../src/formats/format.js'
import { terraformParser } from '../../../src/formats/terraform/index.js'
import type { Resource, Span, Value } from '../../../src/model.js'
import { toPlain } from '../../../src/values.js'

import { findResource as resource, valueAt as at } from '../../helpers/lookup.js'

export { at, resource }

/** Parses files of one unit through the public parser. */
export function parseUnit(files: Record<string, string>, unit = '.'): ParseOutput {
  const sources: SourceFile[] = Object.entries(files).map(([path, text]) => ({ path, text }))
  return terraformParser.parse(unit, sources)
}

/** Parses one `main.tf` and fails the test on any error. */
export function parseMain(text: string): Resource[] {
  const out = parseUnit({ 'main.tf': text })
  if (out.errors.length > 0) throw new Error(`unexpected errors: ${JSON.stringify(out.errors)}`)
  return out.resources
}

/** The plain value of the only resource's attribute in `main.tf`. */
export function attr(text: string, path: string): unknown {
  const [first] = parseMain(text)
  if (first === undefined) throw new Error('no resource')
  return toPlain(at(first.body, path))
}

/** The value of `x` in `resource "t" "r" { x = <expr> }`. */
export function valueOf(expr: string, prelude = ''): Value {
  const resources = parseMain(`${prelude}\nresource "t" "r" {\n  x = ${expr}\n}\n`)
  return at(resource(resources, 't.r').body, 'x')
}

export function span(line: number, column: number, endLine: number, endColumn: number): Span {
  return { line, column, endLine, endColumn }
}
