import { resolveCommits } from './resolve-commits.js'
import { GitCommandError, runGit, type RunGitOptions } from './run-git.js'

export interface Revisions {
  /** The merge base of the base ref and head: what a pull request compares against. */
  base: string
  head: string
}

const SHALLOW_HINT =
  'this clone is shallow, so the commits that connect them were not fetched; fetch the full history (actions/checkout with `fetch-depth: 0`)'

/**
 * Resolves a pull request's refs to commits the way GitHub compares them:
 * head as given, base as the merge base of base and head ("three dots").
 * Two git processes when both refs name commits: one `rev-parse` for both,
 * one `merge-base`.
 */
export async function resolveRevisions(
  repoDir: string,
  baseRef: string,
  headRef: string,
  options: RunGitOptions = {}
): Promise<Revisions> {
  const both = await resolveCommits(repoDir, [baseRef, headRef], options)
  // Else one after the other, so that a failure always names the same ref first.
  const baseSha = both?.[0] ?? (await resolveCommit(repoDir, 'base', baseRef, options))
  const head = both?.[1] ?? (await resolveCommit(repoDir, 'head', headRef, options))
  const base = await findMergeBase(
    repoDir,
    { ref: baseRef, sha: baseSha },
    { ref: headRef, sha: head },
    options
  )
  return { base, head }
}

/** A ref → the full sha of the commit it names; `--end-of-options` keeps a ref like `--output=x` from being an option. */
export async function resolveCommit(
  repoDir: string,
  role: string,
  ref: string,
  options: RunGitOptions = {}
): Promise<string> {
  try {
    const out = await runGit(
      repoDir,
      ['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`],
      options
    )
    return out.toString('utf8').trim()
  } catch (error) {
    if (!(error instanceof GitCommandError) || error.exitCode === null) throw error
    const hint = (await isShallow(repoDir, options)) ? `; ${SHALLOW_HINT}` : ''
    throw new Error(`${role} ref '${ref}' is not a commit in this repository (git: ${error.stderr})${hint}`)
  }
}

interface Named {
  ref: string
  sha: string
}

async function findMergeBase(
  repoDir: string,
  base: Named,
  head: Named,
  options: RunGitOptions
): Promise<string> {
  try {
    const out = await runGit(repoDir, ['merge-base', '--end-of-options', base.sha, head.sha], options)
    return out.toString('utf8').trim()
  } catch (error) {
    if (!(error instanceof GitCommandError) || error.exitCode !== 1) throw error
    const pair = `base '${base.ref}' (${base.sha.slice(0, 12)}) and head '${head.ref}' (${head.sha.slice(0, 12)})`
    if (await isShallow(repoDir, options))
      throw new Error(`no merge base found between ${pair}: ${SHALLOW_HINT}`)
    throw new Error(`${pair} have no common ancestor, so there is no merge base to compare against`)
  }
}

async function isShallow(repoDir: string, options: RunGitOptions): Promise<boolean> {
  const out = await runGit(repoDir, ['rev-parse', '--is-shallow-repository'], options).catch(() =>
    Buffer.from('')
  )
  return out.toString('utf8').trim() === 'true'
}
