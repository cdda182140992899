import type { Resource } from '../model.js'
import type { EvalContext } from './compiled.js'
import { outcomeMessage } from './outcome-message.js'
import { relatedIndex } from './related-index.js'
import type { Scope } from './resolve-path.js'
import type { CompiledSelector, Outcome, RuleSet } from './rule.js'

type Settled = Partial<Omit<Outcome, 'rule' | 'resource'>> & Pick<Outcome, 'outcome'>

/**
 * Runs every applicable rule on every resource: only the rules indexed for
 * a resource's format and type are looked at. A rule that throws on a
 * resource gives an `error` outcome; evaluation itself never throws.
 */
export function evaluate(rules: RuleSet, resources: Resource[]): Outcome[] {
  const related = relatedIndex(resources)
  const outcomes: Outcome[] = []
  for (const resource of resources) {
    const ctx: EvalContext = { resource, related }
    for (const selector of rules.applicable(resource.format, resource.type)) {
      outcomes.push(runSelector(selector, ctx))
    }
  }
  return outcomes
}

function runSelector(selector: CompiledSelector, ctx: EvalContext): Outcome {
  const { resource } = ctx
  const base = { rule: selector.rule, resource, span: resource.span, path: '', message: '' }
  try {
    return { ...base, ...settle(selector, ctx) }
  } catch (error) {
    return { ...base, outcome: 'error', message: error instanceof Error ? error.message : String(error) }
  }
}

/** `if` false → not applicable; `assert` true → pass; unsettled → unknown; else fail with its evidence. */
function settle(selector: CompiledSelector, ctx: EvalContext): Settled {
  const scope: Scope = { root: ctx.resource.body, path: '', span: ctx.resource.span }
  const applies = selector.if?.(ctx, scope)
  if (applies?.truth === 'false') return { outcome: 'not-applicable' }
  const verdict = selector.assert(ctx, scope)
  if (verdict.truth === 'true') return { outcome: 'pass' }
  const unsettled = verdict.truth === 'unknown' ? verdict : applies?.truth === 'unknown' ? applies : undefined
  if (unsettled !== undefined) {
    const { span, path, message, expr } = unsettled.evidence
    return { outcome: 'unknown', span, path, message, expr: expr ?? message }
  }
  const { span, path } = verdict.evidence
  return {
    outcome: 'fail',
    span,
    path,
    message: outcomeMessage(selector.message, verdict.evidence, ctx.resource, selector.rule.sensitive)
  }
}
