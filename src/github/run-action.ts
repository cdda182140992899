import * as core from '@actions/core'
import type { Report } from '../model.js'
import type { ScanConfig } from '../scan.js'
import type { EventRange } from '../scope/event-range.js'
import { resolveCommit } from '../scope/resolve-revisions.js'
import { describeError, PermissionDenied } from './api-error.js'
import { completeCheckRun, failureOutput, startCheckRun, type CheckRunRef } from './check-run.js'
import type { GitHubClient } from './client.js'
import { publishReport } from './publish-report.js'
import type { ActionInputs } from './read-inputs.js'
import type { RunEvent } from './read-event.js'
import { mergedScan } from './merged-scan.js'
import { scanEvent, type EventScanRequest } from './scan-event.js'
import { CHECKS_FALLBACK, PermissionWarnings } from './permission-warnings.js'

export interface ActionRun {
  inputs: ActionInputs
  event: RunEvent
  range: EventRange
  workspace: string
  config: ScanConfig
  /** Review the pull request (comments), or only report (check run, summary, files). */
  review: boolean
  /** What the configuration file does to the scanned report before it is published: its ignores. */
  finish?: (report: Report) => Report
  /** With `merge-reports`: the shards' merged report, published instead of a scan. */
  merged?: Report
}

const FULL_SHA = /^[0-9a-f]{40}$/

/**
 * One run of the action: the check run goes up `in_progress` first, then
 * the scan (or, with `merge-reports`, the shards' merged report), then
 * everything is published and the check run completed. If the scan throws,
 * the check run is completed as a failure saying so, and the error goes on
 * to fail the step.
 */
export async function runAction(client: GitHubClient, run: ActionRun): Promise<Report> {
  const warnings = new PermissionWarnings()
  const check: CheckRunRef = {
    repo: run.event.repo,
    name: run.inputs.checkName,
    headSha: await headCommit(run)
  }
  const merged = run.merged
  if (merged !== undefined) checkMergedScope(merged, run.range, check.headSha)
  const checkWritable = await core.group('Check run', () => openCheckRun(client, check, warnings))
  try {
    const scanned =
      merged === undefined
        ? await core.group('Scan', () => scanEvent(client, scanRequest(run)))
        : await core.group('Merged report', () => mergedScan(client, run, merged))
    if (run.finish !== undefined) scanned.report = run.finish(scanned.report)
    await core.group('Publish', () =>
      publishReport(client, { ...run, check: checkWritable ? check : undefined, scanned, warnings })
    )
    return scanned.report
  } catch (error) {
    if (checkWritable && check.completed !== true) await failCheckRun(client, check, error)
    throw error
  }
}

/**
 * The shards' reports must be about what this run would have scanned: the
 * same kind of scan and the commit the check run goes on. Otherwise nothing
 * is posted.
 */
function checkMergedScope(report: Report, range: EventRange, head: string): void {
  const refuse = (why: string) => new Error(`Demarc refuses to publish: ${why}. Nothing was posted.`)
  if (report.scope.mode !== range.mode)
    throw refuse(
      `the shards' reports have scope '${report.scope.mode}', but this run's is '${range.mode}'; give this job the shards' 'scope'`
    )
  if (report.scope.head !== head)
    throw refuse(
      `the shards' reports are about ${report.scope.head ?? 'a working tree'}, but this run is for ${head}; the shards and this job must run for the same commit`
    )
}

/** What scanEvent needs from a run: the workspace, the commits, the configuration and the pull request. */
export function scanRequest(run: ActionRun): EventScanRequest {
  const pull = run.event.pull
  return {
    root: run.workspace,
    repo: run.event.repo,
    range: run.range,
    config: run.config,
    ...(pull === undefined
      ? {}
      : {
          pull: {
            number: pull.number,
            ...(pull.changedFiles === undefined ? {} : { changedFiles: pull.changedFiles })
          }
        })
  }
}

async function openCheckRun(
  client: GitHubClient,
  check: CheckRunRef,
  warnings: PermissionWarnings
): Promise<boolean> {
  try {
    check.id = await startCheckRun(client, check)
    core.info(`Check run '${check.name}' started on ${check.headSha}`)
    return true
  } catch (error) {
    if (error instanceof PermissionDenied) {
      warnings.warn(error, CHECKS_FALLBACK)
      return false
    }
    core.warning(`Demarc could not create the check run (${describeError(error)}); it tries again at the end`)
    return true
  }
}

async function failCheckRun(client: GitHubClient, check: CheckRunRef, error: unknown): Promise<void> {
  try {
    await completeCheckRun(client, check, 'failure', failureOutput(error), [])
  } catch (failure) {
    core.warning(`Demarc could not mark the check run as failed: ${describeError(failure)}`)
  }
}

/** The commit the check run belongs to: the pull request's head, or the scanned head as a full sha. */
async function headCommit(run: ActionRun): Promise<string> {
  if (run.event.pull !== undefined && run.range.head === run.event.pull.headSha) return run.event.pull.headSha
  if (FULL_SHA.test(run.range.head)) return run.range.head
  return resolveCommit(run.workspace, 'head', run.range.head)
}
