import type { FormatParser } from '../format.js'
import { claimsCloudFormationContent } from './detect.js'
import { parseCloudFormationUnit } from './parse-template.js'
import { claimsCloudFormationPath, cloudFormationUnitOf } from './paths.js'

export { claimsCloudFormationContent, isTemplate } from './detect.js'
export { exprText } from './expr-text.js'
export { parseCloudFormationUnit, templateResources } from './parse-template.js'
export { claimsCloudFormationPath, cloudFormationUnitOf } from './paths.js'
export { readDocument, type ReadResult } from './read-document.js'
export { RESERVED_KEYS } from './resource-attributes.js'
export type { Place } from './resources.js'
export { shortFormTags } from './short-forms.js'

/**
 * CloudFormation and SAM templates, YAML or JSON (CDK's synthesized
 * `*.template.json` too), known by their content, each its own unit.
 */
export const cloudformationParser: FormatParser = {
  format: 'cloudformation',
  claimsPath: claimsCloudFormationPath,
  claimsContent: claimsCloudFormationContent,
  unitOf: cloudFormationUnitOf,
  parse: parseCloudFormationUnit
}
