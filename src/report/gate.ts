import type { Finding, Gate, Owner, Severity } from '../model.js'
import { SEVERITIES } from '../model.js'

export type FailOn = Severity | 'never'

export interface GatePolicy {
  failOn: FailOn
  owners: readonly Owner[]
}

export const DEFAULT_GATE: GatePolicy = { failOn: 'high', owners: ['customer', 'shared'] }

/** True when `severity` is at least as severe as `threshold`. */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold)
}

/**
 * `failure` when a new, unsuppressed finding reaches `failOn` for a gated
 * owner; `neutral` when new findings exist but none gates; `success` otherwise.
 */
export function decideGate(findings: Finding[], policy: GatePolicy): Gate {
  const fresh = findings.filter(f => f.status === 'new' && !f.suppressed)
  const gating =
    policy.failOn === 'never'
      ? []
      : fresh.filter(f => policy.owners.includes(f.owner) && atLeast(f.severity, policy.failOn as Severity))
  if (gating.length > 0) {
    return {
      conclusion: 'failure',
      reason: `${count(gating.length, 'new finding')} at ${policy.failOn} or above (gated owners: ${policy.owners.join(', ')})`
    }
  }
  if (fresh.length > 0) {
    const why =
      policy.failOn === 'never'
        ? 'fail-on is never'
        : `none reaches ${policy.failOn} for ${policy.owners.join(', ')}`
    return { conclusion: 'neutral', reason: `${count(fresh.length, 'new finding')}, ${why}` }
  }
  return { conclusion: 'success', reason: 'no new findings' }
}

export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
