import type { ParseOutput, SourceFile } from '../../../src/formats/format.js'
import { terraformParser } from '../../../src/formats/terraform/index.js'
import type { MapValue, Resource, Span, Value } from '../../../src/model.js'
import { toPlain } from '../../../src/values.js'

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

export function resource(resources: Resource[], address: string): Resource {
  const found = resources.find(r => r.address === address)
  if (found === undefined)
    throw new Error(`no resource ${address} in ${resources.map(r => r.address).join(', ')}`)
  return found
}

/** The value at a dotted path: `tags.Env`, `ingress.0.from_port`. */
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
