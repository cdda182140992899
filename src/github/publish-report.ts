import * as core from '@actions/core'
import type { Report } from '../model.js'
import {
  renderAnnotations,
  renderCheckRun,
  renderJobSummary,
  renderStickyComment,
  type Annotation,
  type CheckRunOutput
} from '../render/index.js'
import { count } from '../report/gate.js'
import { describeError, PermissionDenied } from './api-error.js'
import { completeCheckRun, type CheckRunRef } from './check-run.js'
import type { GitHubClient } from './client.js'
import { CHECKS_FALLBACK, COMMENTS_FALLBACK, PermissionWarnings } from './permission-warnings.js'
import type { ReviewPlan } from './plan-review.js'
import { postReview } from './post-review.js'
import type { ActionInputs } from './read-inputs.js'
import type { RunEvent } from './read-event.js'
import type { EventScan } from './scan-event.js'
import { setOutputs } from './set-outputs.js'
import { upsertSummaryComment } from './upsert-summary-comment.js'
import { emitWorkflowAnnotations } from './workflow-annotations.js'
import { writeReports } from './write-reports.js'

export interface Publication {
  inputs: ActionInputs
  event: RunEvent
  workspace: string
  review: boolean
  scanned: EventScan
  /** The check run, unless the token cannot write checks. */
  check: CheckRunRef | undefined
  warnings: PermissionWarnings
}

/**
 * Everything a finished scan produces, cheapest and most certain first:
 * report files, the job summary, the pull request's comments, the check run
 * (or, without `checks: write`, workflow-command annotations), outputs.
 * A write GitHub refuses is a warning, never the end of the run: the gate
 * does not depend on it.
 */
export async function publishReport(client: GitHubClient, publication: Publication): Promise<void> {
  const { inputs, event, scanned, warnings } = publication
  const report = scanned.report
  const fullReport = inputs.reportFile === undefined ? {} : { fullReport: inputs.reportFile }
  const files = writeReports(report, inputs, publication.workspace)
  await writeJobSummary(report, fullReport)
  const plan =
    publication.review && event.pull !== undefined
      ? await comment(client, publication, event.pull.number, fullReport)
      : undefined
  const annotations = renderAnnotations(report)
  const output = withUncommented(renderCheckRun(report, fullReport), plan)
  const check = publication.check
  const checked =
    check !== undefined && (await finishCheckRun(client, check, publication, output, annotations))
  if (!checked)
    emitWorkflowAnnotations(annotations, {
      warning: warnings.count,
      failure: report.gate.conclusion === 'failure' ? 1 : 0
    })
  setOutputs(report, files)
}

/** Completes the check run; false when GitHub would not take it, so the annotations must go elsewhere. */
async function finishCheckRun(
  client: GitHubClient,
  check: CheckRunRef,
  publication: Publication,
  output: CheckRunOutput,
  annotations: Annotation[]
): Promise<boolean> {
  const { conclusion } = publication.scanned.report.gate
  try {
    const requests = await completeCheckRun(client, check, conclusion, output, annotations)
    core.info(`Check run completed: ${conclusion}, ${annotations.length} annotations in ${requests} requests`)
    return true
  } catch (error) {
    if (error instanceof PermissionDenied) publication.warnings.warn(error, CHECKS_FALLBACK)
    else core.warning(`Demarc could not complete the check run: ${describeError(error)}`)
    return false
  }
}

/** Comments on the pull request as `comments` asks; returns the review's plan when there was one. */
async function comment(
  client: GitHubClient,
  publication: Publication,
  pull: number,
  fullReport: { fullReport?: string }
): Promise<ReviewPlan | undefined> {
  const { inputs, event, scanned } = publication
  try {
    if (inputs.comments === 'review') {
      const target = { repo: event.repo, pull, headSha: event.pull?.headSha ?? scanned.head }
      return await postReview(client, target, scanned.report, scanned.changed, inputs.maxComments)
    }
    if (inputs.comments === 'summary') {
      const body = renderStickyComment(scanned.report, fullReport)
      core.info(`Summary comment: ${await upsertSummaryComment(client, event.repo, pull, body)}`)
    }
  } catch (error) {
    if (error instanceof PermissionDenied) publication.warnings.warn(error, COMMENTS_FALLBACK)
    else core.warning(`Demarc could not comment on pull request #${pull}: ${describeError(error)}`)
  }
  return undefined
}

/** The check run's text counts the new findings that have no inline comment, and says why. */
function withUncommented(output: CheckRunOutput, plan: ReviewPlan | undefined): CheckRunOutput {
  if (plan === undefined || output.text !== undefined) return output
  const parts = [
    plan.outsideDiff.length > 0
      ? `${count(plan.outsideDiff.length, 'new finding')} outside the changed lines`
      : '',
    plan.overLimit.length > 0 ? `${count(plan.overLimit.length, 'new finding')} over \`max-comments\`` : ''
  ].filter(p => p !== '')
  if (parts.length === 0) return output
  return { ...output, text: `Not commented inline: ${parts.join(', ')}. The summary above lists them all.` }
}

async function writeJobSummary(report: Report, fullReport: { fullReport?: string }): Promise<void> {
  try {
    await core.summary.addRaw(renderJobSummary(report, fullReport)).write()
  } catch (error) {
    core.warning(`Demarc could not write the job summary: ${describeError(error)}`)
  }
}
