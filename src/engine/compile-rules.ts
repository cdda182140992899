import type { Format, Severity } from '../model.js'
import { compileCondition } from './compile-condition.js'
import type { RawRule, RawSelector } from './condition-syntax.js'
import { ruleProblems } from './check-rule.js'
import { loadRuleDocument } from './load-rule-document.js'
import type { CompiledSelector, RuleMeta, RuleSet } from './rule.js'
import type { RuleProblem } from './rule-config-error.js'
import { RuleConfigError } from './rule-config-error.js'
import { schemaProblems } from './validate-rule-schema.js'

export interface RuleDocument {
  file: string
  text: string
}

export interface CompileOptions {
  /** The responsibility matrix row ids a rule may name. */
  knownRows: string[]
}

/**
 * Parses, validates and compiles rule files. Every problem in every file is
 * collected and thrown as one {@link RuleConfigError}; on success each
 * condition is compiled once and the rules are indexed by format and type.
 */
export function compileRules(docs: RuleDocument[], options: CompileOptions): RuleSet {
  const problems: RuleProblem[] = []
  const valid: { file: string; rule: RawRule }[] = []
  for (const doc of docs) {
    const checked = checkDocument(doc, options.knownRows)
    problems.push(...checked.problems)
    if (checked.rule !== undefined) valid.push({ file: doc.file, rule: checked.rule })
  }
  problems.push(...duplicateIds(valid))
  if (problems.length > 0) throw new RuleConfigError(problems)
  return ruleSet(valid.map(({ file, rule }) => compileRule(file, rule)))
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

function duplicateIds(rules: { file: string; rule: RawRule }[]): RuleProblem[] {
  const seen = new Map<string, string>()
  const problems: RuleProblem[] = []
  for (const { file, rule } of rules) {
    const first = seen.get(rule.id)
    if (first === undefined) seen.set(rule.id, file)
    else problems.push({ file, path: 'id', message: `duplicate id '${rule.id}' (also in ${first})` })
  }
  return problems
}

function compileRule(file: string, raw: RawRule): { meta: RuleMeta; selectors: CompiledSelector[] } {
  const meta: RuleMeta = {
    id: raw.id,
    title: raw.title,
    row: raw.row,
    severity: raw.severity as Severity,
    references: raw.references.map(r => ({ ...r })),
    explanation: raw.explanation.trim(),
    remediation: raw.remediation.trim(),
    sensitive: raw.sensitive === true,
    formats: Object.keys(raw.formats) as Format[],
    file
  }
  const selectors = Object.entries(raw.formats).map(([format, selector]) =>
    compileSelector(meta, format as Format, selector)
  )
  return { meta, selectors }
}

function compileSelector(rule: RuleMeta, format: Format, raw: RawSelector): CompiledSelector {
  return {
    rule,
    format,
    types: raw.types,
    assert: compileCondition(raw.assert),
    ...(raw.if === undefined ? {} : { if: compileCondition(raw.if) }),
    ...(raw.message === undefined ? {} : { message: raw.message })
  }
}

function ruleSet(compiled: { meta: RuleMeta; selectors: CompiledSelector[] }[]): RuleSet {
  compiled.sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0))
  const byId = new Map(compiled.map(c => [c.meta.id, c.meta]))
  const index = new Map<string, CompiledSelector[]>()
  for (const selector of compiled.flatMap(c => c.selectors)) {
    for (const type of selector.types) {
      const key = `${selector.format}\u0000${type}`
      const list = index.get(key)
      if (list === undefined) index.set(key, [selector])
      else list.push(selector)
    }
  }
  return {
    rules: compiled.map(c => c.meta),
    byId: id => byId.get(id),
    applicable: (format, type) => index.get(`${format}\u0000${type}`) ?? []
  }
}
