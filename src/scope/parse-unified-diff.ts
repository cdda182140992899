/** One `@@ -a,b +c,d @@` hunk, head side only. */
export interface Hunk {
  newStart: number
  newCount: number
  /** Head-side line numbers of the `+` lines. */
  addedLines: number[]
}

/** Everything from one `diff --git` line to the next. */
export interface DiffSection {
  header: string
  hunks: Hunk[]
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/

/**
 * Parses `git diff` patch output into sections and hunks. Hunk bodies are
 * consumed by the line counts of their header, so a changed line that itself
 * reads `diff --git …` or `@@ …` is never taken for a header.
 */
export function parseUnifiedDiff(text: string): DiffSection[] {
  const lines = text.split('\n')
  const sections: DiffSection[] = []
  let i = 0
  while (i < lines.length) {
    const line = lines[i] ?? ''
    if (line.startsWith('diff --git ')) {
      sections.push({ header: line, hunks: [] })
      i += 1
    } else if (line.startsWith('@@ ') && sections.length > 0) {
      const { hunk, next } = readHunk(lines, i)
      sections[sections.length - 1]?.hunks.push(hunk)
      i = next
    } else {
      i += 1
    }
  }
  return sections
}

function readHunk(lines: readonly string[], at: number): { hunk: Hunk; next: number } {
  const header = lines[at] ?? ''
  const match = HUNK_HEADER.exec(header)
  if (match === null) {
    throw new Error(
      `git diff output, line ${at + 1}: expected a hunk header '@@ -a,b +c,d @@', found '${header}'`
    )
  }
  let oldLeft = Number(match[2] ?? '1')
  const newStart = Number(match[3])
  const newCount = Number(match[4] ?? '1')
  let newLeft = newCount
  const addedLines: number[] = []
  let lineNo = newStart
  let i = at + 1
  while (oldLeft > 0 || newLeft > 0) {
    const line = lines[i]
    const kind = line === undefined ? undefined : line === '' ? ' ' : line[0]
    if (kind === ' ') {
      oldLeft -= 1
      newLeft -= 1
      lineNo += 1
    } else if (kind === '-') {
      oldLeft -= 1
    } else if (kind === '+') {
      addedLines.push(lineNo)
      newLeft -= 1
      lineNo += 1
    } else if (kind !== '\\') {
      const found = line === undefined ? 'the end of the output' : `'${line}'`
      throw new Error(
        `git diff output, line ${i + 1}: hunk '${header}' expected ${oldLeft} more old and ${newLeft} more new lines, found ${found}`
      )
    }
    if (oldLeft < 0 || newLeft < 0) {
      throw new Error(
        `git diff output, line ${i + 1}: hunk '${header}' has more lines than its header counts`
      )
    }
    i += 1
  }
  return { hunk: { newStart, newCount, addedLines }, next: i }
}
