import { baseName } from '../text/path-name.js'

/**
 * The names Compose itself looks for, and their variants by environment:
 * `compose.yaml`, `docker-compose.yml`, `docker-compose.override.yml`,
 * `compose.prod.yaml`. Anything else is not a compose file here.
 */
const COMPOSE_FILE = /^(?:docker-)?compose(?:\.[^/]+)?\.ya?ml$/

export function claimsComposePath(path: string): 'yes' | 'no' {
  return COMPOSE_FILE.test(baseName(path)) ? 'yes' : 'no'
}
