import type { RawRule } from './condition-syntax.js'
import type { CheckedRule } from './build-rule-set.js'
import { ruleProblems } from './check-rule.js'
import { loadRuleDocument } from './load-rule-document.js'
import type { RuleProblem } from './rule-file-error.js'
import { RuleFileError } from './rule-file-error.js'
import { schemaProblems } from './validate-rule-schema.js'

export interface RuleDocument {
  file: string
  text: string
}

export interface CheckOptions {
  /** The responsibility matrix row ids a rule may name. */
  knownRows: string[]
  /** Rules already checked (the bundled ones, for a repository's own): their ids are taken. */
  taken?: readonly CheckedRule[]
}

/**
 * Parses rule files and checks each against the schema and for what the
 * schema cannot say (rows, operators, paths, regular expressions, message
 * placeholders), and their ids against each other and the taken ones.
 * Every problem in every file is collected and thrown as one
 * {@link RuleFileError}. Loads the YAML reader and the schema validator,
 * so a scan reaches this module only for rule files it must read: the
 * bundled ones are checked when `npm run build` writes the rules pack.
 */
export function checkRuleDocuments(docs: readonly RuleDocument[], options: CheckOptions): CheckedRule[] {
  const problems: RuleProblem[] = []
  const valid: CheckedRule[] = []
  for (const doc of docs) {
    const checked = checkDocument(doc, options.knownRows)
    problems.push(...checked.problems)
    if (checked.rule !== undefined) valid.push({ file: doc.file, rule: checked.rule })
  }
  problems.push(...duplicateIds(options.taken ?? [], valid))
  if (problems.length > 0) throw new RuleFileError(problems)
  return valid
}

function checkDocument(
  doc: RuleDocument,
  knownRows: readonly string[]
): { rule?: RawRule; problems: RuleProblem[] } {
  const loaded = loadRuleDocument(doc.file, doc.text)
  if (loaded.problems.length > 0) return loaded
  const structural = schemaProblems(doc.file, loaded.data)
  if (structural.length > 0) return { problems: structural }
  const rule = loaded.data as RawRule
  const semantic = ruleProblems(doc.file, rule, knownRows)
  return semantic.length > 0 ? { problems: semantic } : { rule, problems: [] }
}

function duplicateIds(taken: readonly CheckedRule[], rules: readonly CheckedRule[]): RuleProblem[] {
  const seen = new Map(taken.map(({ file, rule }) => [rule.id, file]))
  const problems: RuleProblem[] = []
  for (const { file, rule } of rules) {
    const first = seen.get(rule.id)
    if (first === undefined) seen.set(rule.id, file)
    else problems.push({ file, path: 'id', message: `duplicate id '${rule.id}' (also in ${first})` })
  }
  return problems
}
