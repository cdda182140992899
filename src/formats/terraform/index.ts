import type { FormatParser } from '../format.js'
import { terraformDependencies } from './dependencies.js'
import { claimsTerraformPath, terraformUnitOf } from './paths.js'
import { parseTerraformUnit } from './unit.js'

export type { Block, BlockList, BodyEntry, Expr, HclFile } from './parse/ast.js'
export { parseHcl, type HclOptions } from './parse/body.js'
export { HclSyntaxError } from './parse/syntax-error.js'
export { terraformDependencies } from './dependencies.js'
export { moduleSource, type ModuleSource } from './module-source.js'
export { claimsTerraformPath, terraformUnitOf } from './paths.js'
export { parseTerraformUnit, type TerraformOptions } from './unit.js'

/** Terraform: `.tf` and `.tfvars` files, parsed a module directory at a time, local modules followed. */
export const terraformParser: FormatParser = {
  format: 'terraform',
  claimsPath: claimsTerraformPath,
  unitOf: terraformUnitOf,
  dependencies: terraformDependencies,
  parse: (unit, files, linked) => parseTerraformUnit(unit, files, {}, linked)
}
