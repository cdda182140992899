import { baseName } from '../text/path-name.js'

const SERVICE_FILE = /^(?:.+\.)?serverless\.(?:yml|yaml|json)$/

/** `serverless.yml`, `serverless.yaml`, `serverless.json`, and `<name>.serverless.yml` (rule fixtures). */
export function claimsServerlessPath(path: string): 'yes' | 'no' {
  return SERVICE_FILE.test(baseName(path)) ? 'yes' : 'no'
}

/** A service file is parsed on its own: its unit is its path. */
export function serverlessUnitOf(path: string): string {
  return path
}
