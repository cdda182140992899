import * as core from '@actions/core'
import type { Report } from '../model.js'
import { decideGate } from '../report/gate.js'
import { describeError } from './api-error.js'
import type { CheckRunRef } from './check-run.js'
import type { GitHubClient } from './client.js'
import { listPullFiles } from './list-pull-files.js'
import { PermissionWarnings } from './permission-warnings.js'
import { publishReport } from './publish-report.js'
import { readArtifactFile } from './read-artifact-file.js'
import type { ActionInputs } from './read-inputs.js'
import type { RunEvent, WorkflowRunRef } from './read-event.js'
import { workspacePath } from './write-report-file.js'

export interface ReportRunPlan {
  workflowRun: WorkflowRunRef
  /** Comment on the pull request (unless `mode: report`). */
  review: boolean
  /** The file holding the pull request's number. */
  numberFile: string
  reportFile: string
}

export interface ReportRun extends ReportRunPlan {
  inputs: ActionInputs
  event: RunEvent
  workspace: string
}

/** Conclusions of the scanning run whose report is worth publishing: it finished, passing or failing the gate. */
const FINISHED = new Set(['success', 'failure'])
/** Inputs that choose what to scan: they mean nothing when the scan happened in another workflow. */
const SCAN_INPUTS = {
  base: 'base',
  head: 'head',
  paths: 'paths',
  exclude: 'exclude',
  terraformPlan: 'terraform-plan'
} as const
const MAX_NUMBER_BYTES = 64

/**
 * Checks a `from-report` run before any request: it must be a `workflow_run`
 * event of a completed `pull_request` run, and name the file with the pull
 * request's number. Throws naming what is wrong.
 */
export function planReportRun(inputs: ActionInputs, event: RunEvent, workspace: string): ReportRunPlan {
  const reportFile = inputs.fromReport as string
  if (inputs.mergeReports !== undefined)
    throw new Error(
      "Inputs 'from-report' and 'merge-reports' do not go together: merge the shards' reports in the scanning workflow (its report-file is then the one report to publish)"
    )
  if (inputs.mode === 'shard')
    throw new Error(
      "Input 'mode' cannot be 'shard' with 'from-report': a shard scans, 'from-report' publishes"
    )
  if (event.name !== 'workflow_run')
    throw new Error(
      `Input 'from-report' publishes the report of another workflow's run, on a 'workflow_run' event; this is a '${event.name}' event`
    )
  const run = event.workflowRun
  if (run === undefined) throw new Error('The workflow_run event has no workflow_run.id and head_sha')
  if (run.event !== 'pull_request')
    throw new Error(
      `The workflow run ${run.id} was triggered by '${run.event}', not 'pull_request': Demarc publishes only reports of pull request scans`
    )
  if (run.status !== undefined && run.status !== 'completed')
    throw new Error(
      `The workflow run ${run.id} is '${run.status}', not completed; trigger on 'types: [completed]'`
    )
  if (run.conclusion == null || !FINISHED.has(run.conclusion))
    throw new Error(
      `The workflow run ${run.id} concluded '${run.conclusion ?? 'nothing'}'; Demarc publishes the report of a run that succeeded or failed, so there is nothing to publish`
    )
  if (inputs.pullRequestNumberFile === undefined)
    throw new Error(
      "Input 'pull-request-number-file' is required with 'from-report': GitHub leaves workflow_run.pull_requests empty for forks, so the number must come with the artifact (it is verified against the run's head commit)"
    )
  for (const [key, name] of Object.entries(SCAN_INPUTS)) {
    const value = inputs[key as keyof typeof SCAN_INPUTS]
    if (value !== undefined && (typeof value === 'string' || value.length > 0))
      throw new Error(
        `Input '${name}' does not apply with 'from-report': the report was scanned by the other workflow`
      )
  }
  if (inputs.scope === 'all') throw new Error("Input 'scope' does not apply with 'from-report'")
  if (inputs.reportFile !== undefined) workspacePath('report-file', inputs.reportFile, workspace)
  if (inputs.sarifFile !== undefined) workspacePath('sarif-file', inputs.sarifFile, workspace)
  return {
    workflowRun: run,
    review: inputs.mode !== 'report',
    numberFile: inputs.pullRequestNumberFile,
    reportFile
  }
}

/**
 * The second half of the fork-safe two-workflow pattern: publishes a report
 * an untrusted `pull_request` run left as an artifact, as a pull request
 * run would — check run, review, job summary, files, outputs — without
 * scanning. Nothing from the artifact is trusted: the report is validated
 * against its schema, the pull request's number must lead to a pull request
 * whose head is the commit both the workflow run and the report are about,
 * the gate is recomputed with this run's `fail-on` and `fail-on-owner`, and
 * comments go only on the pull request's own files and hunks. A check that
 * fails throws before anything is posted.
 */
export async function publishFromReport(client: GitHubClient, run: ReportRun): Promise<Report> {
  const { inputs, event, workflowRun } = run
  const number = readPullNumber(run.numberFile, run.workspace)
  // The report schema's validator is loaded only here, not at every start of the action.
  const { MAX_REPORT_BYTES, parseReport } = await import(
    /* webpackMode: "eager" */ '../report/read-report.js'
  )
  const claimed = parseReport(
    readArtifactFile('from-report', run.reportFile, run.workspace, MAX_REPORT_BYTES),
    run.reportFile
  )
  core.info(
    `Report ${run.reportFile}: ${claimed.findings.length} findings, for ${claimed.scope.head ?? 'no commit'}`
  )
  if (claimed.scope.mode !== 'changes')
    throw refusal(
      `${run.reportFile} has scope.mode '${claimed.scope.mode}'; a pull request's report has 'changes'`
    )
  if (claimed.scope.head !== workflowRun.headSha)
    throw refusal(
      `${run.reportFile} is about ${claimed.scope.head ?? 'no commit'}, but the workflow run ${workflowRun.id} was for ${workflowRun.headSha}`
    )
  const pull = await getPull(client, run, number)
  if (pull.head.sha !== workflowRun.headSha)
    throw refusal(
      `pull request #${number}'s head is ${pull.head.sha}, but the workflow run ${workflowRun.id} was for ${workflowRun.headSha}: the number in ${run.numberFile} is not that run's pull request, or the pull request has moved on since`
    )
  const { files: changed } = await listPullFiles(client, event.repo, number)
  const gate = decideGate(claimed.findings, { failOn: inputs.failOn, owners: inputs.failOnOwner })
  if (gate.conclusion !== claimed.gate.conclusion)
    core.info(
      `The report says '${claimed.gate.conclusion}'; with this run's fail-on and fail-on-owner it is '${gate.conclusion}'`
    )
  const report: Report = { ...claimed, gate }
  const headRepo = pull.head.repo?.full_name
  const pullEvent: RunEvent = {
    ...event,
    pull: {
      number,
      baseSha: pull.base.sha,
      headSha: pull.head.sha,
      fork: headRepo !== pull.base.repo.full_name,
      changedFiles: pull.changed_files
    }
  }
  const check: CheckRunRef = { repo: event.repo, name: inputs.checkName, headSha: pull.head.sha }
  core.info(`Publishing the report of workflow run ${workflowRun.id} on pull request #${number}`)
  await core.group('Publish', () =>
    publishReport(client, {
      inputs,
      event: pullEvent,
      workspace: run.workspace,
      review: run.review,
      scanned: { report, changed, source: 'api', head: pull.head.sha },
      check,
      warnings: new PermissionWarnings()
    })
  )
  return report
}

/** The pull request's number from the artifact: digits only, nothing else. */
function readPullNumber(file: string, workspace: string): number {
  const text = readArtifactFile('pull-request-number-file', file, workspace, MAX_NUMBER_BYTES)
  const match = /^\s*([1-9][0-9]{0,9})\s*$/.exec(text)
  if (match === null)
    throw new Error(
      `Input 'pull-request-number-file': '${file}' must hold a pull request number and nothing else`
    )
  return Number(match[1])
}

async function getPull(client: GitHubClient, run: ReportRun, number: number) {
  try {
    return (await client.rest.pulls.get({ ...run.event.repo, pull_number: number })).data
  } catch (error) {
    throw refusal(
      `pull request #${number} (from ${run.numberFile}) could not be read: ${describeError(error)}`
    )
  }
}

function refusal(why: string): Error {
  return new Error(`Demarc refuses to publish: ${why}. Nothing was posted.`)
}
