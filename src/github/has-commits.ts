import { runGit } from '../scope/index.js'

/**
 * True when `root` is a git repository holding every one of `revs` as a
 * commit (`git cat-file -e <rev>^{commit}`), and, for two of them, the
 * history that connects them (a merge base), so sources can come from the
 * checkout's git objects instead of the API. A shallow clone, or a checkout
 * of another commit (as `pull_request_target` makes), answers false.
 */
export async function hasCommits(root: string, revs: readonly string[]): Promise<boolean> {
  try {
    for (const rev of revs) await git(root, ['cat-file', '-e', '--end-of-options', `${rev}^{commit}`])
    if (revs.length === 2) await git(root, ['merge-base', '--end-of-options', ...revs])
    return true
  } catch {
    return false
  }
}

function git(root: string, args: string[]): Promise<Buffer> {
  return runGit(root, args, { timeoutMs: 60_000 })
}
