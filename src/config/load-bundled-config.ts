import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RuleSet } from '../engine/index.js'
import { compileRules, readRuleFiles } from '../engine/index.js'
import type { Matrix } from '../matrix/index.js'
import { loadMatrix } from '../matrix/index.js'
import { packageRoot } from '../package-root.js'

export interface BundledConfig {
  rules: RuleSet
  matrix: Matrix
}

/**
 * Demarc's own matrix, services catalogue and controls from `rules/`,
 * validated and compiled once per run.
 */
export function loadBundledConfig(root: string = packageRoot()): BundledConfig {
  const read = (file: string) => ({ file, text: readFileSync(join(root, file), 'utf8') })
  const matrix = loadMatrix({ matrix: read('rules/matrix.yml'), services: read('rules/services.yml') })
  const rules = compileRules(readRuleFiles(join(root, 'rules', 'controls'), root), {
    knownRows: matrix.rows.map(r => r.id)
  })
  return { rules, matrix }
}
