import type { ChangedFile } from '../scope/index.js'
import { changedFileOf, type DiffEntry } from './changed-file-of.js'
import type { GitHubClient } from './client.js'
import type { RepoRef } from './repo-ref.js'

/** GitHub lists at most this many files of a pull request. */
export const MAX_PULL_FILES = 3000

/**
 * The files a pull request changes, as GitHub shows them: `GET
 * /pulls/{n}/files`, 100 a page, up to GitHub's 3000. Each carries the
 * head-side lines of its hunks, where review comments may go.
 */
export async function listPullFiles(
  client: GitHubClient,
  repo: RepoRef,
  pull: number
): Promise<{ files: ChangedFile[]; listed: number }> {
  const entries = (await client.paginate(client.rest.pulls.listFiles, {
    ...repo,
    pull_number: pull,
    per_page: 100
  })) as DiffEntry[]
  const files = entries.map(changedFileOf).filter((file): file is ChangedFile => file !== undefined)
  return { files, listed: entries.length }
}
