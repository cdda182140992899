import type { ChangedFile } from '../scope/index.js'
import { changedFileOf, type DiffEntry } from './changed-file-of.js'
import type { GitHubClient } from './client.js'
import type { RepoRef } from './repo-ref.js'

/** A comparison lists at most this many files. */
export const MAX_COMPARE_FILES = 300

/**
 * `GET /compare/{base}...{head}`: the merge base GitHub compares against (as
 * a pull request does) and the files that differ from it, up to 300.
 */
export async function compareCommits(
  client: GitHubClient,
  repo: RepoRef,
  base: string,
  head: string
): Promise<{ mergeBase: string; files: ChangedFile[]; listed: number }> {
  const { data } = await client.rest.repos.compareCommitsWithBasehead({
    ...repo,
    basehead: `${base}...${head}`
  })
  const entries = (data.files ?? []) as DiffEntry[]
  return {
    mergeBase: data.merge_base_commit.sha,
    files: entries.map(changedFileOf).filter((file): file is ChangedFile => file !== undefined),
    listed: entries.length
  }
}
