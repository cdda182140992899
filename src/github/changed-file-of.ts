import type { ChangedFile, ChangeStatus, LineRange } from '../scope/index.js'
import { mergeRanges, rangesOfLines } from '../scope/line-ranges.js'
import { parseUnifiedDiff } from '../scope/parse-unified-diff.js'

/** One file of `GET /pulls/{n}/files` or of a comparison's `files`. */
export interface DiffEntry {
  filename: string
  status: string
  previous_filename?: string
  /** The hunks; GitHub leaves it out for binary files and very large diffs. */
  patch?: string
}

const STATUSES: Record<string, ChangeStatus> = {
  added: 'added',
  copied: 'added',
  removed: 'removed',
  modified: 'modified',
  changed: 'modified',
  renamed: 'renamed'
}

/**
 * GitHub's view of a changed file → the scanner's, with the head-side lines
 * a review comment may sit on (the hunks) and the lines added, as
 * src/scope computes them from `git diff`. Unchanged entries give nothing.
 */
export function changedFileOf(entry: DiffEntry): ChangedFile | undefined {
  const status = STATUSES[entry.status]
  if (status === undefined) return undefined
  const ranges = status === 'removed' ? { commentable: [], added: [] } : rangesOfPatch(entry.patch)
  return {
    path: entry.filename,
    status,
    ...(status === 'renamed' && entry.previous_filename !== undefined
      ? { previousPath: entry.previous_filename }
      : {}),
    ...ranges
  }
}

/** The head-side ranges of a `patch` (hunks without file headers); none without one. */
export function rangesOfPatch(patch: string | undefined): { commentable: LineRange[]; added: LineRange[] } {
  if (patch === undefined || patch === '') return { commentable: [], added: [] }
  const [section] = parseUnifiedDiff(`diff --git a/f b/f\n${patch}`)
  const hunks = section?.hunks ?? []
  return {
    commentable: mergeRanges(
      hunks.filter(h => h.newCount > 0).map(h => ({ start: h.newStart, end: h.newStart + h.newCount - 1 }))
    ),
    added: rangesOfLines(hunks.flatMap(h => h.addedLines))
  }
}
