import type { FormatParser } from '../format.js'
import { parseCompose } from './parse-compose.js'
import { claimsComposePath } from './paths.js'

export { parseCompose } from './parse-compose.js'
export { claimsComposePath } from './paths.js'
export { substitute } from './interpolate.js'

/**
 * Compose files (`compose.yaml`, `docker-compose.yml` and their
 * `.override`/`.<env>` variants), each file its own unit: one resource per
 * service, network, volume, secret and config. See docs/formats/compose.md.
 */
export const composeParser: FormatParser = {
  format: 'compose',
  claimsPath: claimsComposePath,
  unitOf: path => path,
  parse: (unit, files) => parseCompose(unit, files)
}
