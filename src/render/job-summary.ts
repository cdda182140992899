import type { Report } from '../model.js'
import { code } from './escape.js'
import { GITHUB_LIMITS } from './limits.js'
import { renderBudgeted } from './markdown.js'

/**
 * The job summary (`GITHUB_STEP_SUMMARY`): the review within the 1 MiB a step
 * may write. The budget is the step's whole summary, so write nothing else to
 * it in the same step. Rows that do not fit are left out with a note pointing
 * at `fullReport`.
 */
export function renderJobSummary(report: Report, options: { fullReport?: string }): string {
  const where =
    options.fullReport === undefined
      ? "set the action's `report-file` input to keep the full report"
      : `see the report file ${code(options.fullReport)}`
  return renderBudgeted(report, GITHUB_LIMITS.jobSummaryBytes, where)
}
