import * as core from '@actions/core'
import type { Report } from '../model.js'
import { listChangedFiles } from '../scope/index.js'
import type { GitHubClient } from './client.js'
import { hasCommits } from './has-commits.js'
import { listPullFiles } from './list-pull-files.js'
import type { ActionInputs } from './read-inputs.js'
import type { RunEvent } from './read-event.js'
import type { EventScan } from './scan-event.js'

export interface MergedRun {
  inputs: ActionInputs
  event: RunEvent
  workspace: string
  review: boolean
}

/**
 * The shards' merged report in the place of a scan's result. A review needs
 * the lines it may comment on: from the checkout's git objects when it holds
 * both commits, else from the pull request's files (`GET /pulls/{n}/files`).
 */
export async function mergedScan(client: GitHubClient, run: MergedRun, report: Report): Promise<EventScan> {
  const head = report.scope.head as string
  const pull = run.event.pull
  if (!run.review || pull === undefined || run.inputs.comments !== 'review')
    return { report, changed: [], source: 'checkout', head }
  const base = report.scope.base
  if (base !== null && (await hasCommits(run.workspace, [base, head]))) {
    core.info(`The changed lines of ${base}...${head} from the checkout's git objects`)
    return { report, changed: await listChangedFiles(run.workspace, base, head), source: 'checkout', head }
  }
  core.info(`The changed lines of pull request #${pull.number} from the GitHub API`)
  const { files } = await listPullFiles(client, run.event.repo, pull.number)
  return { report, changed: files, source: 'api', head }
}
