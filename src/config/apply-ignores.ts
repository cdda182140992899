import type { Finding, Report, ScanError } from '../model.js'
import { globToRegExp } from '../path-glob.js'
import { decideGate, type GatePolicy } from '../report/gate.js'
import type { IgnoreEntry } from './config-types.js'

export interface IgnoreContext {
  /** The configuration file, named in each suppression and expiry error. */
  file: string
  /** Today as YYYY-MM-DD (UTC), from the caller's clock so that tests can fix it. */
  today: string
  /** The gate, decided again once findings are suppressed. */
  gate: GatePolicy
}

/**
 * The configuration file's ignores applied to a finished report. A finding
 * of a named rule in a file one of the entry's globs matches is suppressed,
 * pointing at the entry's line, unless an inline comment already
 * suppresses it. An entry past its `expires` day suppresses nothing and is
 * reported in `errors`, so that a forgotten exception surfaces instead of
 * hiding findings for ever. Findings are never dropped; the gate is decided
 * again from them.
 */
export function applyIgnores(
  report: Report,
  ignores: readonly IgnoreEntry[],
  context: IgnoreContext
): Report {
  if (ignores.length === 0) return report
  const live = ignores.filter(entry => !isExpired(entry, context.today))
  const matchers = live.map(entry => ({ entry, globs: entry.paths.map(globToRegExp) }))
  const findings = report.findings.map(finding => {
    if (finding.suppressed || finding.status === 'fixed') return finding
    const hit = matchers.find(
      m => m.entry.rules.includes(finding.ruleId) && m.globs.some(re => re.test(finding.file))
    )
    return hit === undefined ? finding : suppressed(finding, hit.entry, context.file)
  })
  const expired = ignores
    .filter(entry => isExpired(entry, context.today))
    .map(e => expiredError(e, context.file))
  return {
    ...report,
    findings,
    errors: [...report.errors, ...expired].sort(
      (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0)
    ),
    gate: decideGate(findings, context.gate)
  }
}

/** An entry expires at the end of its `expires` day: it no longer suppresses from the next day on. */
export function isExpired(entry: IgnoreEntry, today: string): boolean {
  return entry.expires !== undefined && entry.expires < today
}

function suppressed(finding: Finding, entry: IgnoreEntry, file: string): Finding {
  const suppression = {
    source: 'config' as const,
    reason: entry.reason,
    file,
    ...(entry.line === undefined ? {} : { line: entry.line })
  }
  return { ...finding, suppressed: true, suppression }
}

function expiredError(entry: IgnoreEntry, file: string): ScanError {
  const rules = entry.rules.length === 1 ? `rule ${entry.rules[0]}` : `rules ${entry.rules.join(', ')}`
  const message = `ignore entry for ${rules} expired on ${entry.expires}: its findings count again; renew the date or fix them`
  return { file, ...(entry.line === undefined ? {} : { line: entry.line }), message }
}

/** A date as YYYY-MM-DD in UTC: the day an ignore's `expires` is compared with. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10)
}
