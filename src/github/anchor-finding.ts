import type { Change, Finding } from '../model.js'
import type { ChangedFile, LineRange } from '../scope/index.js'

/** Where a finding's review comment goes: a head-side line of the diff; `moved` when it is not the finding's own line. */
export interface Anchor {
  path: string
  line: number
  moved?: true
}

/**
 * A review comment can only sit on a line of the pull request's diff. A
 * finding on such a line is commented there; one whose line is outside the
 * diff (a missing attribute, reported on the resource) goes to the nearest
 * changed line of the same resource — an added line first, else a context
 * line of a hunk — within the resource's block (and the evidence). Otherwise
 * it has no anchor and lives in the check run only.
 */
export function anchorFinding(
  finding: Finding,
  file: ChangedFile | undefined,
  changes: readonly Change[]
): Anchor | undefined {
  if (file === undefined || file.status === 'removed') return undefined
  const path = finding.file
  if (within(finding.line, file.commentable)) return { path, line: finding.line }
  const resource = changes.find(c => c.file === finding.file && c.address === finding.address)
  const span = {
    start: Math.min(resource?.line ?? finding.line, finding.line),
    end: Math.max(resource?.endLine ?? finding.endLine, finding.endLine, finding.line)
  }
  const line = nearest(finding.line, span, file.added) ?? nearest(finding.line, span, file.commentable)
  return line === undefined ? undefined : { path, line, moved: true }
}

function within(line: number, ranges: readonly LineRange[]): boolean {
  return ranges.some(r => r.start <= line && line <= r.end)
}

/** The line of `ranges` inside `span` closest to `target` (the earlier one on a tie). */
function nearest(target: number, span: LineRange, ranges: readonly LineRange[]): number | undefined {
  let best: number | undefined
  for (const range of ranges) {
    const start = Math.max(range.start, span.start)
    const end = Math.min(range.end, span.end)
    if (start > end) continue
    const candidate = Math.min(Math.max(target, start), end)
    if (
      best === undefined ||
      Math.abs(candidate - target) < Math.abs(best - target) ||
      (Math.abs(candidate - target) === Math.abs(best - target) && candidate < best)
    )
      best = candidate
  }
  return best
}
