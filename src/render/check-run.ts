import type { Report, Severity } from '../model.js'
import { SEVERITIES } from '../model.js'
import { count } from '../report/gate.js'
import { GITHUB_LIMITS } from './limits.js'
import { renderBudgeted } from './markdown.js'
import { code } from './escape.js'

export interface CheckRunOutput {
  title: string
  summary: string
  text?: string
}

/**
 * The check run's `output`: a title counting new findings by severity and the
 * fixed ones, and the review as its summary, within GitHub's limit. Rows that
 * do not fit are left out with a note pointing at the job summary and
 * `fullReport`. Annotations are sent separately ({@link renderAnnotations}).
 */
export function renderCheckRun(report: Report, options: { fullReport?: string }): CheckRunOutput {
  const where =
    options.fullReport === undefined
      ? 'see the job summary'
      : `see the job summary or the report file ${code(options.fullReport)}`
  return {
    title: checkRunTitle(report),
    summary: renderBudgeted(report, GITHUB_LIMITS.checkRunSummaryBytes, where)
  }
}

/** `3 new findings (1 critical, 2 high) · 1 fixed`, `No new findings · 2 fixed`; suppressed ones and scan errors are named. */
export function checkRunTitle(report: Report): string {
  const fresh = report.findings.filter(f => f.status === 'new')
  const fixed = report.findings.filter(f => f.status === 'fixed').length
  const bySeverity = SEVERITIES.map(
    s => [s, fresh.filter(f => f.severity === s).length] as [Severity, number]
  )
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
  const suppressed = fresh.filter(f => f.suppressed).length
  const detail = [bySeverity.join(', '), suppressed > 0 ? `${suppressed} suppressed` : '']
    .filter(p => p !== '')
    .join('; ')
  const parts = [fresh.length === 0 ? 'No new findings' : `${count(fresh.length, 'new finding')} (${detail})`]
  if (fixed > 0) parts.push(`${fixed} fixed`)
  if (report.errors.length > 0) parts.push(count(report.errors.length, 'scan error'))
  return parts.join(' · ')
}
