import { resolveCommits, runGit, type Revisions } from '../scope/index.js'

const GIT = { timeoutMs: 60_000 }

/**
 * True when `root` is a git repository holding every one of `revs` as a
 * commit (one `git rev-parse <rev>^{commit}…`), and, for two of them, the
 * history that connects them (a merge base), so sources can come from the
 * checkout's git objects instead of the API. A shallow clone, or a checkout
 * of another commit (as `pull_request_target` makes), answers false.
 */
export async function hasCommits(root: string, revs: readonly string[]): Promise<boolean> {
  if (revs.length === 2)
    return (await localRevisions(root, revs[0] as string, revs[1] as string)) !== undefined
  try {
    return (await resolveCommits(root, revs, GIT)) !== undefined
  } catch {
    return false
  }
}

/**
 * A change's commits as `resolveRevisions` gives them — head resolved, base
 * the merge base — when the checkout holds both and the history between
 * them, else undefined: the answer of {@link hasCommits} and the revisions
 * from the same two git processes.
 */
export async function localRevisions(
  root: string,
  base: string,
  head: string
): Promise<Revisions | undefined> {
  try {
    const ids = await resolveCommits(root, [base, head], GIT)
    if (ids === undefined) return undefined
    const out = await runGit(root, ['merge-base', '--end-of-options', ...ids], GIT)
    return { base: out.toString('utf8').trim(), head: ids[1] as string }
  } catch {
    return undefined
  }
}
