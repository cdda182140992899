import { runGit, type RunGitOptions } from '../scope/run-git.js'
import { parseLsTree, type TreeEntry } from './parse-ls-tree.js'

/** Every blob and submodule of a commit, with sizes, paths from the repository root. */
export async function listTree(
  repoDir: string,
  rev: string,
  options: RunGitOptions = {}
): Promise<TreeEntry[]> {
  const output = await runGit(
    repoDir,
    ['ls-tree', '-r', '-z', '--full-tree', '-l', '--end-of-options', rev],
    options
  )
  return parseLsTree(output)
}
