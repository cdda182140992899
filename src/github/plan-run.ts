import { rangeFromEvent, type EventRange } from '../scope/event-range.js'
import type { ActionInputs } from './read-inputs.js'
import type { RunEvent } from './read-event.js'
import { workspacePath } from './write-report-file.js'

export interface RunPlan {
  range: EventRange
  /** Comment on the pull request (mode review), or only report. */
  review: boolean
  /** Mode shard: scan part of the tree and write the report file, publish nothing; a merge job publishes. */
  shard: boolean
}

/** Inputs that choose what to scan: with `merge-reports` the shards did. */
const SCAN_INPUTS = { paths: 'paths', exclude: 'exclude', terraformPlan: 'terraform-plan' } as const

/**
 * What this run does, decided from the inputs and the event before any
 * request: the commits, review or report, and whether the output files are
 * allowed where they are asked for. A bad combination throws, naming the input.
 */
export function planRun(inputs: ActionInputs, event: RunEvent, workspace: string): RunPlan {
  if (inputs.pullRequestNumberFile !== undefined)
    throw new Error("Input 'pull-request-number-file' applies only with 'from-report'")
  checkShardInputs(inputs)
  if (event.name === 'workflow_run' && inputs.base === undefined && inputs.scope !== 'all')
    throw new Error(
      "On a 'workflow_run' event Demarc publishes the report the triggering run left: set 'from-report' (and 'pull-request-number-file'), or 'base' to scan"
    )
  const shard = inputs.mode === 'shard'
  const review = inputs.mode === 'review' || (inputs.mode === 'auto' && event.pull !== undefined)
  if (review && event.pull === undefined)
    throw new Error(
      `Input 'mode' is 'review', but a '${event.name}' event has no pull request to review; use 'report' or 'auto'`
    )
  if (inputs.reportFile !== undefined) workspacePath('report-file', inputs.reportFile, workspace)
  if (inputs.sarifFile !== undefined) workspacePath('sarif-file', inputs.sarifFile, workspace)
  // On a pull request GITHUB_SHA is the test merge commit; the head of the pull request is meant.
  const head = inputs.head ?? event.pull?.headSha
  const range = rangeFromEvent(
    event.name,
    event.payload,
    {
      scope: inputs.scope,
      ...(inputs.base === undefined ? {} : { base: inputs.base }),
      ...(head === undefined ? {} : { head })
    },
    event.sha
  )
  return { range, review, shard }
}

/**
 * A shard scans and leaves its report for the merge job; the merge job
 * publishes what the shards scanned. Each refuses what belongs to the other.
 */
function checkShardInputs(inputs: ActionInputs): void {
  if (inputs.mode === 'shard') {
    if (inputs.mergeReports !== undefined)
      throw new Error(
        "Input 'merge-reports' does not apply with 'mode: shard': the shards scan, and the job that merges their reports publishes"
      )
    if (inputs.reportFile === undefined)
      throw new Error(
        "Input 'mode' is 'shard', which publishes nothing but the report: set 'report-file' for the job that merges the shards' reports"
      )
  }
  if (inputs.mergeReports === undefined) return
  for (const [key, name] of Object.entries(SCAN_INPUTS)) {
    const value = inputs[key as keyof typeof SCAN_INPUTS]
    if (value !== undefined && (typeof value === 'string' || value.length > 0))
      throw new Error(
        `Input '${name}' does not apply with 'merge-reports': the shards scanned, each with its own '${name}'`
      )
  }
}
