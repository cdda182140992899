import { dockerfileParser } from '../../../src/formats/dockerfile/index.js'
import type { ParseOutput } from '../../../src/formats/format.js'
import type { MapValue, Resource, Span } from '../../../src/model.js'
import { toPlain } from '../../../src/values.js'

import { findResource as resource, valueAt as at } from '../../helpers/lookup.js'

export { at, resource }

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

export function plain(value: MapValue, path: string): unknown {
  return toPlain(at(value, path))
}

export function span(line: number, column: number, endLine: number, endColumn: number): Span {
  return { line, column, endLine, endColumn }
}
