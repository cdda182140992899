import type { Outcome } from '../engine/index.js'
import type { Finding, FindingStatus, Owner, Resource, Suppression } from '../model.js'
import { fingerprint } from '../diff/fingerprint.js'

export interface FindingsInput {
  mode: 'changes' | 'all'
  base: Outcome[]
  head: Outcome[]
  /** Base resources by key, to cite the line of a protection the head removed. */
  baseResources: Map<string, Resource>
  ownerOf: (row: string) => Owner
  /** The suppression that covers a head failure, if any (`src/suppress/`). */
  suppressionOf?: (outcome: Outcome) => Suppression | undefined
}

/**
 * Failing outcomes become findings. A head failure is `new` unless the same
 * rule already failed on the same resource in base (`existing`); a base
 * failure that head no longer has is `fixed`. A whole-tree scan has no base:
 * everything it finds is `existing`.
 */
export function buildFindings(input: FindingsInput): Finding[] {
  const baseFailures = new Map<string, Outcome>()
  for (const o of input.base)
    if (o.outcome === 'fail') baseFailures.set(fingerprint(o.rule.id, o.resource), o)
  const findings: Finding[] = []
  const seen = new Set<string>()
  for (const o of input.head) {
    if (o.outcome !== 'fail') continue
    const fp = fingerprint(o.rule.id, o.resource)
    if (seen.has(fp)) continue
    seen.add(fp)
    const status: FindingStatus = input.mode === 'all' || baseFailures.has(fp) ? 'existing' : 'new'
    const finding = toFinding(o, status, fp, input.ownerOf)
    const suppression = input.suppressionOf?.(o)
    if (suppression !== undefined) {
      finding.suppressed = true
      finding.suppression = suppression
    }
    if (status === 'new') {
      const removedLine = removedProtectionLine(o, input.baseResources.get(o.resource.key))
      if (removedLine !== undefined) finding.removedLine = removedLine
    }
    findings.push(finding)
  }
  for (const [fp, o] of baseFailures)
    if (!seen.has(fp)) findings.push(toFinding(o, 'fixed', fp, input.ownerOf))
  return findings
}

function toFinding(o: Outcome, status: FindingStatus, fp: string, ownerOf: (row: string) => Owner): Finding {
  const { rule, resource } = o
  return {
    ruleId: rule.id,
    title: rule.title,
    file: resource.file,
    line: o.span.line,
    endLine: o.span.endLine,
    address: resource.address,
    type: resource.type,
    format: resource.format,
    status,
    severity: rule.severity,
    row: rule.row,
    owner: ownerOf(rule.row),
    suppressed: false,
    references: rule.references,
    message: o.message,
    explanation: rule.explanation,
    remediation: rule.remediation,
    fingerprint: fp
  }
}

/**
 * When head fails because an attribute is gone that base had (a deleted
 * `encrypted = true`), the base line of that attribute, so the report can
 * cite what was removed.
 */
function removedProtectionLine(o: Outcome, base: Resource | undefined): number | undefined {
  if (base === undefined || o.path === '') return undefined
  const top = o.path.split(/[.[]/, 1)[0] as string
  if (o.resource.body.entries.has(top)) return undefined
  const before = base.body.entries.get(top)
  return before === undefined ? undefined : before.span.line
}
