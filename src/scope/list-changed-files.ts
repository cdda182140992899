import type { ChangedFile, LineRange } from './changed-file.js'
import { diffHeaderFor } from './diff-header.js'
import { mergeRanges, rangesOfLines } from './line-ranges.js'
import { parseRawDiff, type RawDiffEntry } from './parse-raw-diff.js'
import { parseUnifiedDiff, type DiffSection, type Hunk } from './parse-unified-diff.js'
import { runGit, type RunGitOptions } from './run-git.js'

/** Settings that would change git's output format if a user's config set them otherwise. */
const DIFF_CONFIG = ['core.quotePath=false']

/** How files are paired: renames found, submodules and every path included, no external diff or conversion. */
const PAIRING = ['-M', '--no-relative', '--ignore-submodules=none', '--no-ext-diff', '--no-textconv']

/** GitHub's view of a pull request: three lines of context, hunks not joined across untouched lines. */
const PATCH = [
  '-U3',
  '--inter-hunk-context=0',
  '--diff-algorithm=myers',
  '--no-color',
  '--submodule=short',
  '--src-prefix=a/',
  '--dst-prefix=b/'
]

/**
 * The files that differ between two commits, with the head-side lines a
 * review comment may sit on and the lines actually added. One git run in
 * all, `diff --raw -z --patch`: the raw entries for statuses, modes and exact
 * paths, then the patch for the hunks, whose sections are matched to the raw
 * entries in order.
 */
export async function listChangedFiles(
  repoDir: string,
  base: string,
  head: string,
  options: RunGitOptions = {}
): Promise<ChangedFile[]> {
  const revs = ['--end-of-options', base, head, '--']
  const config = { ...options, config: [...DIFF_CONFIG, ...(options.config ?? [])] }
  const output = await runGit(
    repoDir,
    ['diff', '--raw', '-z', '--patch', ...PATCH, ...PAIRING, ...revs],
    config
  )
  const { raw, patch } = splitRawAndPatch(output)
  return pairSections(parseRawDiff(raw), parseUnifiedDiff(patch))
}

/**
 * Splits the output of `git diff --raw -z --patch`: the raw entries, each
 * field ended by a NUL, then one more NUL, then the patch as text. No raw
 * field is empty, so the first two NULs in a row end the raw part.
 */
export function splitRawAndPatch(output: Buffer): { raw: Buffer; patch: string } {
  const end = output.indexOf('\0\0')
  if (end === -1) return { raw: output, patch: '' }
  return { raw: output.subarray(0, end + 1), patch: output.subarray(end + 2).toString('utf8') }
}

/** Gives each raw entry the patch sections written for it (two when a file changed type). */
export function pairSections(
  entries: readonly RawDiffEntry[],
  sections: readonly DiffSection[]
): ChangedFile[] {
  let next = 0
  const files = entries.map(entry => {
    const expected = diffHeaderFor(entry.sourcePath ?? entry.path, entry.path)
    const own: DiffSection[] = []
    while (sections[next]?.header === expected) own.push(sections[next++] as DiffSection)
    if (own.length === 0) {
      const found = sections[next]?.header ?? 'the end of the patch'
      throw new Error(
        `git diff patch out of step with --raw at '${entry.path}': expected '${expected}', found '${found}'`
      )
    }
    return toChangedFile(entry, own)
  })
  if (next < sections.length) {
    throw new Error(`git diff patch has a section no --raw entry accounts for: '${sections[next]?.header}'`)
  }
  return files
}

function toChangedFile(entry: RawDiffEntry, sections: readonly DiffSection[]): ChangedFile {
  const removed = entry.status === 'removed'
  const hunks = removed ? [] : sections.flatMap(section => section.hunks)
  return {
    path: entry.path,
    status: entry.status,
    ...(entry.status === 'renamed' ? { previousPath: entry.sourcePath } : {}),
    mode: removed ? entry.oldMode : entry.newMode,
    commentable: mergeRanges(hunks.flatMap(headSideRange)),
    added: rangesOfLines(hunks.flatMap(hunk => hunk.addedLines))
  }
}

function headSideRange(hunk: Hunk): LineRange[] {
  return hunk.newCount === 0 ? [] : [{ start: hunk.newStart, end: hunk.newStart + hunk.newCount - 1 }]
}
