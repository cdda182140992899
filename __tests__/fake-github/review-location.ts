// Where a review comment may go: on a file of the pull request, on a line inside one of its diff hunks,
// on the side (LEFT = base, RIGHT = head) that has that line; a range must stay within one hunk.
import { findLine, findPosition, type ParsedPatch, type PatchLine, type Side } from './diff-hunks.js'
import type { PullRecord } from './state.js'

export interface CommentInput {
  path?: unknown
  line?: unknown
  side?: unknown
  start_line?: unknown
  start_side?: unknown
  position?: unknown
  subject_type?: unknown
}

export interface Location {
  path: string
  parsed: ParsedPatch
  line: PatchLine
  side: Side
  start?: { line: PatchLine; side: Side }
}

/** `error` is GitHub's text for the 422; `reason` says precisely what was wrong, for the violation record. */
export type Located = { ok: true; location: Location } | { ok: false; error: string; reason: string }

function fail(error: string, reason: string): Located {
  return { ok: false, error, reason }
}

function lineOn(line: PatchLine, side: Side): number {
  return (side === 'RIGHT' ? line.newLine : line.oldLine) ?? 0
}

/** Line ranges of the hunks on one side, e.g. "1-12, 30-35", to make a rejection easy to act on. */
export function sideRanges(parsed: ParsedPatch, side: Side): string {
  return parsed.hunks
    .map(h => (side === 'RIGHT' ? [h.newStart, h.newCount] : [h.oldStart, h.oldCount]))
    .filter(([, count]) => (count ?? 0) > 0)
    .map(([start, count]) => `${start}-${(start ?? 0) + (count ?? 0) - 1}`)
    .join(', ')
}

function asSide(value: unknown, fallback: Side): Side | undefined {
  if (value === undefined) return fallback
  return value === 'LEFT' || value === 'RIGHT' ? value : undefined
}

export function locateComment(pull: PullRecord, input: CommentInput): Located {
  const path = String(input.path)
  const file = pull.seed.files.find(f => f.filename === path)
  if (!file)
    return fail('Path could not be resolved', `${path} is not a file of pull request #${pull.seed.number}`)
  const parsed = pull.patches.get(path)
  if (!parsed)
    return fail(
      'Line could not be resolved',
      `${path} has no patch (binary or too large), so no line of it can be commented`
    )
  if (input.line === undefined) {
    if (typeof input.position !== 'number')
      return fail(
        "Pull request review thread position can't be blank",
        `comment on ${path} has neither line nor position`
      )
    const line = findPosition(parsed, input.position)
    if (!line)
      return fail(
        'Position could not be resolved',
        `${path}: position ${input.position} is not a line of the diff`
      )
    const side: Side = line.kind === 'removed' ? 'LEFT' : 'RIGHT'
    return { ok: true, location: { path, parsed, line, side } }
  }
  const side = asSide(input.side, 'RIGHT')
  if (!side)
    return fail('Side is invalid', `${path}: side ${JSON.stringify(input.side)} is neither LEFT nor RIGHT`)
  const lineNumber = Number(input.line)
  const line = findLine(parsed, side, lineNumber)
  if (!line)
    return fail(
      'Line could not be resolved',
      `${path}: line ${lineNumber} (${side}) is not in the diff; ${side} lines in hunks: ${sideRanges(parsed, side) || 'none'}`
    )
  if (input.start_line === undefined || input.start_line === null) {
    return { ok: true, location: { path, parsed, line, side } }
  }
  const startSide = asSide(input.start_side, side)
  if (!startSide)
    return fail(
      'Start side is invalid',
      `${path}: start_side ${JSON.stringify(input.start_side)} is neither LEFT nor RIGHT`
    )
  const startNumber = Number(input.start_line)
  const start = findLine(parsed, startSide, startNumber)
  if (!start)
    return fail(
      'Pull request review thread start line must be part of the diff',
      `${path}: start_line ${startNumber} (${startSide}) is not in the diff; ${startSide} lines in hunks: ${sideRanges(parsed, startSide) || 'none'}`
    )
  if (start.index >= line.index)
    return fail(
      'Pull request review thread start line must precede the end line',
      `${path}: start_line ${startNumber} (${startSide}) does not come before line ${lineOn(line, side)} (${side})`
    )
  if (start.hunk !== line.hunk)
    return fail(
      'Pull request review thread start line must be part of the same hunk as the line.',
      `${path}: start_line ${startNumber} and line ${lineNumber} are in different hunks`
    )
  return { ok: true, location: { path, parsed, line, side, start: { line: start, side: startSide } } }
}
