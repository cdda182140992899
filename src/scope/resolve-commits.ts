import { GitCommandError, runGit, type RunGitOptions } from './run-git.js'

/** A full commit id, SHA-1 or SHA-256. */
const COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/

/**
 * Each ref as the full id of the commit it names, all from one
 * `git rev-parse <ref>^{commit}…` (a git process costs more than the
 * lookup). Undefined when git refuses one of them, or answers anything but
 * one commit id per ref (a range such as `a..b` gives two lines), and for a
 * ref that begins with a dash: without `--verify`, rev-parse reads those as
 * options and echoes `--end-of-options` (git 2.39), so none is passed. The
 * caller then asks for each ref alone with `--verify --end-of-options`,
 * which also says which ref is at fault. Throws only when git cannot be run.
 */
export async function resolveCommits(
  repoDir: string,
  refs: readonly string[],
  options: RunGitOptions = {}
): Promise<string[] | undefined> {
  if (refs.some(ref => ref === '' || ref.startsWith('-') || ref.includes('\n'))) return undefined
  let out: Buffer
  try {
    out = await runGit(repoDir, ['rev-parse', ...refs.map(ref => `${ref}^{commit}`)], options)
  } catch (error) {
    if (error instanceof GitCommandError && error.exitCode !== null) return undefined
    throw error
  }
  const ids = out.toString('utf8').split('\n')
  if (ids[ids.length - 1] === '') ids.pop()
  return ids.length === refs.length && ids.every(id => COMMIT_ID.test(id)) ? ids : undefined
}
