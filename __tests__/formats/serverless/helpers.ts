import type { ParseOutput } from '../../../src/formats/format.js'
import { serverlessParser } from '../../../src/formats/serverless/index.js'
import type { Resource } from '../../../src/model.js'

export { at, resource, span } from '../cloudformation/helpers.js'

/** Parses one service file through the public parser. */
export function parseService(text: string, path = 'serverless.yml'): ParseOutput {
  return serverlessParser.parse(serverlessParser.unitOf(path), [{ path, text }])
}

/** Parses one service file and fails the test on any error. */
export function parseOk(text: string, path = 'serverless.yml'): Resource[] {
  const out = parseService(text, path)
  if (out.errors.length > 0) throw new Error(`unexpected errors: ${JSON.stringify(out.errors)}`)
  return out.resources
}
