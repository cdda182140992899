import type { CheckedRule, RuleSet } from '../engine/index.js'
import { buildRuleSet } from '../engine/index.js'
import type { Matrix } from '../matrix/index.js'
import { buildMatrix } from '../matrix/index.js'
import { packageRoot } from '../package-root.js'
import { readRulesPack, type RulesPack } from './rules-pack.js'

export interface BundledConfig {
  rules: RuleSet
  matrix: Matrix
}

/** Demarc's own matrix and its controls, checked but not yet compiled. */
export interface BundledSources {
  matrix: Matrix
  rules: readonly CheckedRule[]
}

/** Demarc's own matrix, services catalogue and controls, compiled once per run. */
export function loadBundledConfig(root: string = packageRoot()): BundledConfig {
  return compileBundled(readBundledSources(root))
}

/**
 * The matrix and the controls from the rules pack (`dist/rules-pack.json`,
 * checked when `npm run build` wrote it), so that a repository's own
 * controls (`rule-dirs`) can be compiled together with them.
 */
export function readBundledSources(root: string = packageRoot()): BundledSources {
  return bundledFromPack(readRulesPack(root))
}

/** The matrix built from a pack's documents, and its controls. */
export function bundledFromPack(pack: RulesPack): BundledSources {
  return { matrix: buildMatrix(pack.matrix, pack.services), rules: pack.rules }
}

/** Compiles the bundled controls and any others, already checked against them (see loadRepoConfig). */
export function compileBundled(sources: BundledSources, extra: readonly CheckedRule[] = []): BundledConfig {
  return { rules: buildRuleSet([...sources.rules, ...extra]), matrix: sources.matrix }
}
