import type { FormatParser } from '../format.js'
import { parseServerlessUnit } from './parse-service.js'
import { claimsServerlessPath, serverlessUnitOf } from './paths.js'

export { normaliseIam } from './iam.js'
export { withProviderDefaults } from './inherit.js'
export { parseServerlessUnit } from './parse-service.js'
export { claimsServerlessPath, serverlessUnitOf } from './paths.js'
export { variableResolver, type Resolver } from './variables.js'

/** Serverless Framework service files for AWS (`serverless.yml`, `.yaml`, `.json`), each its own unit. */
export const serverlessParser: FormatParser = {
  format: 'serverless',
  claimsPath: claimsServerlessPath,
  unitOf: serverlessUnitOf,
  parse: parseServerlessUnit
}
