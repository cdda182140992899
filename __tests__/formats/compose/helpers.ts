import { composeParser } from '../../../src/formats/compose/index.js'
import type { ParseOutput } from '../../../src/formats/index.js'
import type { Resource } from '../../../src/model.js'

export { at, entry, lines } from '../kubernetes/helpers.js'

/** Parses one compose file as the scan does: the file is its own unit. */
export function parse(text: string, path = 'docker-compose.yml'): ParseOutput {
  return composeParser.parse(composeParser.unitOf(path), [{ path, text }])
}

export function resources(text: string, path?: string): Map<string, Resource> {
  const out = parse(text, path)
  if (out.errors.length > 0) throw new Error(JSON.stringify(out.errors))
  return new Map(out.resources.map(r => [r.address, r]))
}

export function service(text: string, name: string): Resource {
  const found = resources(text).get(`services.${name}`)
  if (found === undefined) throw new Error(`no service ${name}`)
  return found
}
