import type { ScanError } from '../../model.js'
import type { HclFile } from './parse/ast.js'
import { type Env, type UnitScope, newUnitScope } from './evaluate/context.js'
import { evaluate } from './evaluate/evaluate.js'
import { varsFileRank } from './paths.js'

/** Variables from `variable` defaults then the tfvars files; `locals` ready to evaluate on demand. */
export function buildUnitScope(
  config: HclFile[],
  all: HclFile[],
  scope: UnitScope,
  errors: ScanError[]
): void {
  // Defaults and tfvars are constants: evaluated with no variables or locals in sight.
  const constants = newUnitScope(scope.maxDepth, scope.fuel)
  for (const file of config) collectDefinitions(file, scope, constants, errors)
  for (const file of varsFiles(all)) {
    const env: Env = { unit: constants, text: file.text, scope: null }
    for (const [name, expr] of file.attributes) scope.vars.set(name, evaluate(expr, env))
  }
}

/** `terraform.tfvars`, then `*.auto.tfvars` in lexical order: later files win. */
function varsFiles(files: HclFile[]): HclFile[] {
  return files
    .filter(file => varsFileRank(file.path) !== undefined)
    .sort(
      (a, b) => (varsFileRank(a.path) as number) - (varsFileRank(b.path) as number) || compare(a.path, b.path)
    )
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function collectDefinitions(
  file: HclFile,
  scope: UnitScope,
  constants: UnitScope,
  errors: ScanError[]
): void {
  const env: Env = { unit: constants, text: file.text, scope: null }
  for (const block of file.blocks) {
    if (block.type === 'variable' && block.labels.length === 1) {
      const value = block.entries.get('default')
      if (value !== undefined && value.kind !== 'blocks')
        scope.vars.set(block.labels[0] as string, evaluate(value, env))
    } else if (block.type === 'locals') {
      for (const [name, expr] of block.entries) {
        if (expr.kind === 'blocks') continue
        if (scope.locals.has(name)) {
          const line = block.keySpans.get(name)?.line ?? block.span.line
          errors.push({
            file: file.path,
            line,
            message: `expected each local value to be defined once, found 'local.${name}' again`
          })
          continue
        }
        scope.locals.set(name, { expr, text: file.text, state: 'pending', value: null })
      }
    }
  }
}
