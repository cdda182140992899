import type { ParseOutput, SourceFile } from '../format.js'
import type { ScanError } from '../../model.js'
import type { HclFile } from './parse/ast.js'
import { DEFAULT_MAX_DEPTH, type HclOptions, parseHcl } from './parse/body.js'
import { HclSyntaxError } from './parse/syntax-error.js'
import { newUnitScope } from './evaluate/context.js'
import { isConfigFile } from './paths.js'
import { collectResources } from './resources.js'
import { textProblem } from '../text/text-problem.js'
import { buildUnitScope } from './unit-scope.js'

export interface TerraformOptions extends HclOptions {
  /**
   * Evaluation steps allowed for the whole unit (default: 1,000,000 plus 16
   * per character of input). Past it, values are unknown: a guard against
   * locals that grow exponentially.
   */
  fuel?: number
}

function parseFile(file: SourceFile, options: TerraformOptions, errors: ScanError[]): HclFile | undefined {
  const problem = textProblem(file.text)
  if (problem !== undefined) {
    errors.push({ file: file.path, ...problem })
    return undefined
  }
  try {
    return parseHcl(file.path, file.text, options)
  } catch (error) {
    if (error instanceof HclSyntaxError)
      errors.push({ file: file.path, line: error.line, message: error.message })
    else errors.push({ file: file.path, message: `could not parse the file: ${String(error)}` })
    return undefined
  }
}

/**
 * Parses the `.tf` and `.tfvars` files of one module directory and builds
 * its resources. A file with a syntax error contributes nothing but its
 * error; the other files of the unit are still read.
 */
export function parseTerraformUnit(
  unit: string,
  files: SourceFile[],
  options: TerraformOptions = {}
): ParseOutput {
  const errors: ScanError[] = []
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const parsed: HclFile[] = []
  let size = 0
  for (const file of sorted) {
    size += file.text.length
    const hcl = parseFile(file, options, errors)
    if (hcl !== undefined) parsed.push(hcl)
  }
  const config = parsed.filter(file => isConfigFile(file.path))
  const scope = newUnitScope(options.maxDepth ?? DEFAULT_MAX_DEPTH, options.fuel ?? 1_000_000 + 16 * size)
  try {
    buildUnitScope(config, parsed, scope, errors)
  } catch (error) {
    errors.push({ file: unit, message: `could not evaluate the variables of '${unit}': ${String(error)}` })
  }
  const resources = collectResources(unit, config, scope, errors)
  return { resources, errors }
}
