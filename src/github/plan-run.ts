import { rangeFromEvent, type EventRange } from '../scope/event-range.js'
import type { ActionInputs } from './read-inputs.js'
import type { RunEvent } from './read-event.js'
import { workspacePath } from './write-report-file.js'

export interface RunPlan {
  range: EventRange
  /** Comment on the pull request (mode review), or only report. */
  review: boolean
}

/**
 * What this run does, decided from the inputs and the event before any
 * request: the commits, review or report, and whether the output files are
 * allowed where they are asked for. A bad combination throws, naming the input.
 */
export function planRun(inputs: ActionInputs, event: RunEvent, workspace: string): RunPlan {
  if (inputs.pullRequestNumberFile !== undefined)
    throw new Error("Input 'pull-request-number-file' applies only with 'from-report'")
  if (event.name === 'workflow_run' && inputs.base === undefined && inputs.scope !== 'all')
    throw new Error(
      "On a 'workflow_run' event Demarc publishes the report the triggering run left: set 'from-report' (and 'pull-request-number-file'), or 'base' to scan"
    )
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
  return { range, review }
}
