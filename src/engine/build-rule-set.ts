import type { Format, Severity } from '../model.js'
import { compileCondition } from './compile-condition.js'
import type { RawRule, RawSelector } from './condition-syntax.js'
import type { CompiledSelector, RuleMeta, RuleSet } from './rule.js'

/** A rule file that passed its schema and the checks the schema cannot make, as data. */
export interface CheckedRule {
  /** The rule file, relative to its root (`rules/controls/s3/…/rule.yml`). */
  file: string
  rule: RawRule
}

/**
 * Compiles checked rules: each condition once, the rules sorted by id and
 * indexed by format and type. Reads no file and validates nothing: the
 * rules come from `checkRuleDocuments` or from the rules pack, which
 * `npm run build` checked the same way.
 */
export function buildRuleSet(checked: readonly CheckedRule[]): RuleSet {
  return ruleSet(checked.map(({ file, rule }) => compileRule(file, rule)))
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
