import { buildRuleSet } from './build-rule-set.js'
import { checkRuleDocuments, type RuleDocument } from './check-rule-documents.js'
import type { RuleSet } from './rule.js'

export type { RuleDocument } from './check-rule-documents.js'

export interface CompileOptions {
  /** The responsibility matrix row ids a rule may name. */
  knownRows: string[]
}

/**
 * Parses, validates and compiles rule files. Every problem in every file is
 * collected and thrown as one `RuleFileError`; on success each
 * condition is compiled once and the rules are indexed by format and type.
 */
export function compileRules(docs: RuleDocument[], options: CompileOptions): RuleSet {
  return buildRuleSet(checkRuleDocuments(docs, options))
}
