import type { CompiledSelector, RuleMeta, RuleSet } from '../engine/index.js'
import type { RuleSetting } from './config-types.js'

/**
 * The controls as the configuration file wants them: a control turned off
 * is never evaluated (at base or head, so it has no findings at all), and a
 * control with another severity reports it on every finding, so the gate
 * compares that one. A control turned off is still known by id, so an
 * inline `demarc:ignore` naming it is not reported as naming an unknown rule.
 */
export function configureRules(rules: RuleSet, settings: readonly RuleSetting[]): RuleSet {
  if (settings.length === 0) return rules
  const off = new Set(settings.filter(s => !s.enabled).map(s => s.id))
  const metas = new Map<string, RuleMeta>()
  for (const meta of rules.rules) {
    const severity = settings.find(s => s.id === meta.id)?.severity
    metas.set(meta.id, severity === undefined ? meta : { ...meta, severity })
  }
  const selectors = new Map<CompiledSelector, CompiledSelector>()
  const configured = (selector: CompiledSelector): CompiledSelector => {
    const meta = metas.get(selector.rule.id) ?? selector.rule
    if (meta === selector.rule) return selector
    let copy = selectors.get(selector)
    if (copy === undefined) selectors.set(selector, (copy = { ...selector, rule: meta }))
    return copy
  }
  const applicable = new Map<string, readonly CompiledSelector[]>()
  return {
    rules: [...metas.values()].filter(meta => !off.has(meta.id)),
    byId: id => metas.get(id),
    applicable: (format, type) => {
      const key = `${format}\u0000${type}`
      let list = applicable.get(key)
      if (list === undefined) {
        list = rules
          .applicable(format, type)
          .filter(s => !off.has(s.rule.id))
          .map(configured)
        applicable.set(key, list)
      }
      return list
    }
  }
}
