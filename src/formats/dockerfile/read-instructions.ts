import type { Heredoc } from './heredocs.js'
import { HEREDOC_INSTRUCTIONS, heredocMarks, readHeredocs } from './heredocs.js'
import type { PhysicalLine } from './physical-lines.js'
import { StitchedText } from './stitched-text.js'
import { splitWords } from './words.js'

/** One instruction as written: its keyword, its arguments (continuations joined) and its heredocs. */
export interface RawInstruction {
  /** Upper-cased: instructions are case-insensitive. */
  keyword: string
  /** What follows the keyword, each character mapped back to the file. */
  args: StitchedText
  /** File range of the whole instruction, heredoc bodies included: `[start, end)`. */
  start: number
  end: number
  heredocs: Heredoc[]
}

export interface Problem {
  line: number
  message: string
}

/**
 * Groups the lines after the parser directives into instructions. A line
 * ending in the escape character (trailing spaces allowed) goes on with the
 * next line; comment lines and blank lines inside a continued instruction
 * are dropped, as the builder drops them. RUN, COPY and ADD may open
 * heredocs, whose bodies follow the instruction's line.
 */
export function readInstructions(
  lines: readonly PhysicalLine[],
  first: number,
  escape: string
): { instructions: RawInstruction[]; problems: Problem[] } {
  const instructions: RawInstruction[] = []
  const problems: Problem[] = []
  let i = first
  while (i < lines.length) {
    if (isBlankOrComment((lines[i] as PhysicalLine).text)) {
      i++
      continue
    }
    const { text, last } = joinContinued(lines, i, escape)
    const read = instructionOf(text, lines, last, escape)
    for (const heredoc of read.heredocs.filter(h => !h.closed)) {
      problems.push({
        line: (lines[i] as PhysicalLine).index + 1,
        message: `the heredoc <<${heredoc.delimiter} is never closed: expected a line '${heredoc.delimiter}' before the end of the file`
      })
    }
    if (read.instruction !== undefined) instructions.push(read.instruction)
    i = read.next
  }
  return { instructions, problems }
}

function isBlankOrComment(text: string): boolean {
  const trimmed = text.trimStart()
  return trimmed === '' || trimmed.startsWith('#')
}

/** The instruction starting at line `first`, its continuation lines joined; `last` is its last line. */
function joinContinued(
  lines: readonly PhysicalLine[],
  first: number,
  escape: string
): { text: StitchedText; last: number } {
  const text = new StitchedText()
  let i = first
  let last = first
  for (;;) {
    const line = lines[i] as PhysicalLine
    const cut = continuationAt(line.text, escape)
    last = i
    if (cut < 0) {
      text.append(line.text, line.start)
      return { text, last }
    }
    text.append(line.text.slice(0, cut), line.start)
    i++
    while (i < lines.length && isBlankOrComment((lines[i] as PhysicalLine).text)) i++
    if (i >= lines.length) return { text, last }
  }
}

/** Where a line's continuation (the escape character and trailing spaces) starts, or -1. */
function continuationAt(text: string, escape: string): number {
  const trimmed = text.replace(/[ \t]+$/, '')
  return trimmed.endsWith(escape) ? trimmed.length - 1 : -1
}

function instructionOf(
  text: StitchedText,
  lines: readonly PhysicalLine[],
  last: number,
  escape: string
): { instruction?: RawInstruction; heredocs: Heredoc[]; next: number } {
  const match = /^\s*(\S+)\s*/.exec(text.text)
  const lastLine = lines[last] as PhysicalLine
  if (match === null) return { heredocs: [], next: last + 1 }
  const keyword = (match[1] as string).toUpperCase()
  const args = text.slice(match[0].length)
  const marks = HEREDOC_INSTRUCTIONS.has(keyword) ? heredocMarks(splitWords(args.text, escape)) : []
  const heredocs = readHeredocs(marks, lines, last + 1)
  const end =
    heredocs.length > 0
      ? (heredocs[heredocs.length - 1] as Heredoc).after
      : lastLine.start + lastLine.text.length
  const next = heredocs.length > 0 ? (heredocs[heredocs.length - 1] as Heredoc).lastLine + 1 : last + 1
  const start = text.origin(match[0].length - match[0].trimStart().length)
  return { instruction: { keyword, args, start, end, heredocs }, heredocs, next }
}
