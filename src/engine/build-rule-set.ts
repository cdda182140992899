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
 * The rule set over checked rules: sorted by id and indexed by format and
 * type. Each selector is compiled the first time a resource of one of its
 * types asks for it (most runs meet a few dozen of the several hundred
 * types the controls name, an empty change none), then kept. Reads no file
 * and validates nothing: the rules come from `checkRuleDocuments` or from
 * the rules pack, which `npm run build` checked the same way, so compiling
 * them does not fail.
 */
export function buildRuleSet(checked: readonly CheckedRule[]): RuleSet {
  const rules = checked.map(({ file, rule }) => ({ meta: ruleMeta(file, rule), rule }))
  rules.sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0))
  const byId = new Map(rules.map(r => [r.meta.id, r.meta]))
  const pending = new Map<string, (() => CompiledSelector)[]>()
  for (const { meta, rule } of rules) {
    for (const [format, raw] of Object.entries(rule.formats)) {
      const selector = lazySelector(meta, format as Format, raw)
      for (const type of raw.types) {
        const key = indexKey(format, type)
        const list = pending.get(key)
        if (list === undefined) pending.set(key, [selector])
        else list.push(selector)
      }
    }
  }
  const compiled = new Map<string, readonly CompiledSelector[]>()
  return {
    rules: rules.map(r => r.meta),
    byId: id => byId.get(id),
    applicable: (format, type) => {
      const key = indexKey(format, type)
      let list = compiled.get(key)
      if (list === undefined) compiled.set(key, (list = (pending.get(key) ?? []).map(selector => selector())))
      return list
    }
  }
}

function indexKey(format: string, type: string): string {
  return `${format}\u0000${type}`
}

function ruleMeta(file: string, raw: RawRule): RuleMeta {
  return {
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
}

/** One selector, compiled once, on first use: the same object for every type it lists. */
function lazySelector(rule: RuleMeta, format: Format, raw: RawSelector): () => CompiledSelector {
  let selector: CompiledSelector | undefined
  return () => (selector ??= compileSelector(rule, format, raw))
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
