import type { Outcome } from '../engine/index.js'
import type { Suppression } from '../model.js'
import type { InlineSuppression } from './inline-suppressions.js'

/**
 * The inline suppression that covers a failing outcome, if any: one naming
 * its rule, in the resource's file, written inside the resource or on the
 * lines just above it (or just above the failing line).
 */
export function suppressionFor(
  outcome: Outcome,
  suppressions: readonly InlineSuppression[]
): Suppression | undefined {
  const { resource, rule } = outcome
  for (const s of suppressions) {
    if (s.file !== resource.file || !s.ruleIds.includes(rule.id)) continue
    const inside = s.line >= resource.span.line && s.line <= resource.span.endLine
    const above = s.target === resource.span.line || s.target === outcome.span.line
    if (inside || above) return { source: 'inline', reason: s.reason, file: s.file, line: s.line }
  }
  return undefined
}
