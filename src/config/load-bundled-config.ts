import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RuleDocument, RuleSet } from '../engine/index.js'
import { compileRules, readRuleFiles } from '../engine/index.js'
import type { Matrix } from '../matrix/index.js'
import { loadMatrix } from '../matrix/index.js'
import { packageRoot } from '../package-root.js'

export interface BundledConfig {
  rules: RuleSet
  matrix: Matrix
}

/** Demarc's own matrix (validated) and the text of its controls, before they are compiled. */
export interface BundledSources {
  matrix: Matrix
  ruleDocs: RuleDocument[]
}

/**
 * Demarc's own matrix, services catalogue and controls from `rules/`,
 * validated and compiled once per run.
 */
export function loadBundledConfig(root: string = packageRoot()): BundledConfig {
  return compileBundled(readBundledSources(root))
}

/**
 * The matrix and the controls' files from `rules/`, so that a repository's
 * own controls (`rule-dirs`) can be compiled together with them.
 */
export function readBundledSources(root: string = packageRoot()): BundledSources {
  const read = (file: string) => ({ file, text: readFileSync(join(root, file), 'utf8') })
  const matrix = loadMatrix({ matrix: read('rules/matrix.yml'), services: read('rules/services.yml') })
  return { matrix, ruleDocs: readRuleFiles(join(root, 'rules', 'controls'), root) }
}

/** Compiles rule files (the bundled ones and any others) against the matrix's rows. */
export function compileBundled(sources: BundledSources, extra: readonly RuleDocument[] = []): BundledConfig {
  const rules = compileRules([...sources.ruleDocs, ...extra], {
    knownRows: sources.matrix.rows.map(r => r.id)
  })
  return { rules, matrix: sources.matrix }
}
