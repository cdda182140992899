import type { Resource } from '../model.js'
import type { EvalContext } from './compiled.js'
import { outcomeMessage } from './outcome-message.js'
import { relatedIndex } from './related-index.js'
import type { Scope } from './resolve-path.js'
import type { CompiledSelector, Outcome, OutcomeKind, RuleSet } from './rule.js'

type Settled = Partial<Omit<Outcome, 'rule' | 'resource'>> & Pick<Outcome, 'outcome'>

const EVERY_KIND: ReadonlySet<OutcomeKind> = new Set(['pass', 'fail', 'unknown', 'not-applicable', 'error'])

/** The outcomes a report is made of: passes and rules that do not apply leave no trace in it. */
export const REPORTED_KINDS: ReadonlySet<OutcomeKind> = new Set(['fail', 'unknown', 'error'])

const PASS: Settled = { outcome: 'pass' }
const NOT_APPLICABLE: Settled = { outcome: 'not-applicable' }

/**
 * Runs every applicable rule on every resource: only the rules indexed for
 * a resource's format and type are looked at. A rule that throws on a
 * resource gives an `error` outcome; evaluation itself never throws.
 * Only outcomes of the `kept` kinds are returned (a scan keeps
 * {@link REPORTED_KINDS}: most outcomes are passes, and holding them all
 * costs memory for nothing).
 */
export function evaluate(
  rules: RuleSet,
  resources: Resource[],
  kept: ReadonlySet<OutcomeKind> = EVERY_KIND
): Outcome[] {
  const related = relatedIndex(resources)
  const outcomes: Outcome[] = []
  for (const resource of resources) {
    const ctx: EvalContext = { resource, related }
    for (const selector of rules.applicable(resource.format, resource.type)) {
      const settled = runSelector(selector, ctx)
      if (!kept.has(settled.outcome)) continue
      outcomes.push({
        rule: selector.rule,
        resource,
        span: settled.span ?? resource.span,
        path: settled.path ?? '',
        message: settled.message ?? '',
        ...settled
      })
    }
  }
  return outcomes
}

function runSelector(selector: CompiledSelector, ctx: EvalContext): Settled {
  try {
    return settle(selector, ctx)
  } catch (error) {
    return { outcome: 'error', message: error instanceof Error ? error.message : String(error) }
  }
}

/** `if` false → not applicable; `assert` true → pass; unsettled → unknown; else fail with its evidence. */
function settle(selector: CompiledSelector, ctx: EvalContext): Settled {
  const scope: Scope = { root: ctx.resource.body, path: '', span: ctx.resource.span }
  const applies = selector.if?.(ctx, scope)
  if (applies?.truth === 'false') return NOT_APPLICABLE
  const verdict = selector.assert(ctx, scope)
  if (verdict.truth === 'true') return PASS
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
