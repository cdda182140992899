import { extensionOf } from '../text/path-name.js'

/** Extensions a template may have; which of them are templates is decided by content. */
const EXTENSIONS = new Set(['.yaml', '.yml', '.json', '.template', '.cfn'])

/** `maybe` for the extensions a template may have, `no` otherwise: a template is known by its content. */
export function claimsCloudFormationPath(path: string): 'maybe' | 'no' {
  return EXTENSIONS.has(extensionOf(path)) ? 'maybe' : 'no'
}

/** A template is parsed on its own: its unit is its path. */
export function cloudFormationUnitOf(path: string): string {
  return path
}
