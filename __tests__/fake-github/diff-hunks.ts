// The `patch` of a pull-request file, as GitHub returns it: unified-diff hunks without file headers.
// Parsed to know which lines a review comment may sit on, on which side, and at which diff position.

export type Side = 'LEFT' | 'RIGHT'

export interface PatchLine {
  kind: 'context' | 'added' | 'removed'
  /** Line in the base version (LEFT), for context and removed lines. */
  oldLine?: number
  /** Line in the head version (RIGHT), for context and added lines. */
  newLine?: number
  /** GitHub's diff position: 1 is the line below the first `@@` header; later headers count too. */
  position: number
  /** Index of the hunk the line belongs to. */
  hunk: number
  /** Index of the line within the patch text (0 is the first header). */
  index: number
}

export interface Hunk {
  oldStart: number
  oldCount: number
  newStart: number
  newCount: number
  /** Index of the header line within the patch text. */
  index: number
}

export interface ParsedPatch {
  hunks: Hunk[]
  lines: PatchLine[]
  additions: number
  deletions: number
  /** The patch split into lines, for building `diff_hunk`. */
  text: string[]
}

const HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/

/** Parses a patch; throws with the line number when it is not a well-formed series of hunks. */
export function parsePatch(patch: string): ParsedPatch {
  const text = patch.replace(/\n$/, '').split('\n')
  const parsed: ParsedPatch = { hunks: [], lines: [], additions: 0, deletions: 0, text }
  let oldLine = 0
  let newLine = 0
  let oldLeft = 0
  let newLeft = 0
  text.forEach((raw, index) => {
    const header = HEADER.exec(raw)
    if (header) {
      if (oldLeft !== 0 || newLeft !== 0) throw new Error(`patch line ${index + 1}: previous hunk is short`)
      const hunk = {
        oldStart: Number(header[1]),
        oldCount: header[2] === undefined ? 1 : Number(header[2]),
        newStart: Number(header[3]),
        newCount: header[4] === undefined ? 1 : Number(header[4]),
        index
      }
      parsed.hunks.push(hunk)
      ;[oldLine, newLine, oldLeft, newLeft] = [hunk.oldStart, hunk.newStart, hunk.oldCount, hunk.newCount]
      return
    }
    if (parsed.hunks.length === 0) throw new Error(`patch line ${index + 1}: expected an @@ hunk header`)
    const hunk = parsed.hunks.length - 1
    const position = index - (parsed.hunks[0]?.index ?? 0)
    if (raw.startsWith('\\')) return // "\ No newline at end of file"
    const marker = raw[0] ?? ' '
    if (marker === '+') {
      parsed.lines.push({ kind: 'added', newLine: newLine++, position, hunk, index })
      parsed.additions++
      newLeft--
    } else if (marker === '-') {
      parsed.lines.push({ kind: 'removed', oldLine: oldLine++, position, hunk, index })
      parsed.deletions++
      oldLeft--
    } else if (marker === ' ' || raw === '') {
      parsed.lines.push({ kind: 'context', oldLine: oldLine++, newLine: newLine++, position, hunk, index })
      oldLeft--
      newLeft--
    } else {
      throw new Error(`patch line ${index + 1}: unexpected ${JSON.stringify(raw.slice(0, 20))}`)
    }
    if (oldLeft < 0 || newLeft < 0)
      throw new Error(`patch line ${index + 1}: more lines than the hunk header says`)
  })
  if (oldLeft !== 0 || newLeft !== 0) throw new Error('patch: last hunk is short')
  return parsed
}

/** The diff line a comment at `line` on `side` refers to, if that line is in the diff. */
export function findLine(parsed: ParsedPatch, side: Side, line: number): PatchLine | undefined {
  return parsed.lines.find(
    l => (side === 'RIGHT' ? l.newLine === line : l.oldLine === line) && sideHas(l, side)
  )
}

export function findPosition(parsed: ParsedPatch, position: number): PatchLine | undefined {
  return parsed.lines.find(l => l.position === position)
}

function sideHas(line: PatchLine, side: Side): boolean {
  return side === 'RIGHT' ? line.kind !== 'removed' : line.kind !== 'added'
}

/** GitHub's `diff_hunk` for a comment: from the hunk's header down to the commented line. */
export function diffHunk(parsed: ParsedPatch, line: PatchLine): string {
  const header = parsed.hunks[line.hunk]?.index ?? 0
  return parsed.text.slice(header, line.index + 1).join('\n')
}
