import type { PhysicalLine } from './physical-lines.js'
import type { Word } from './words.js'

/** A heredoc opened on an instruction's line (`RUN <<EOF`, `COPY <<-"EOF" /etc/x`). */
export interface HeredocMark {
  /** The word that ends it, without quotes. */
  delimiter: string
  /** `<<-`: leading tabs are stripped from its lines and its closing line. */
  stripTabs: boolean
  /** Index of the word that opened it. */
  word: number
}

export interface Heredoc extends HeredocMark {
  body: string
  /** File range of the body, `[start, end)`; empty for an empty body. */
  start: number
  end: number
  /** File offset just after the last character of its closing line (or of the file). */
  after: number
  /** 0-based index of its last line (the closing line, or the last line of the file). */
  lastLine: number
  closed: boolean
}

/** Instructions that take heredocs. */
export const HEREDOC_INSTRUCTIONS = new Set(['RUN', 'COPY', 'ADD'])

const MARK = /^\d*<<(-?)(["']?)([^<"'\s]+)\2$/

/**
 * The heredocs a word list opens: a word that *starts* with `<<` (after an
 * optional file descriptor) and names a delimiter, as the builder reads
 * them; `cat<<EOF` or a `<<<` here-string is not one.
 */
export function heredocMarks(words: readonly Word[]): HeredocMark[] {
  const marks: HeredocMark[] = []
  words.forEach((word, i) => {
    const match = MARK.exec(word.raw)
    if (match === null) return
    marks.push({ delimiter: match[3] as string, stripTabs: match[1] === '-', word: i })
  })
  return marks
}

/** Reads the bodies of `marks` one after the other, from line `first` on. */
export function readHeredocs(
  marks: readonly HeredocMark[],
  lines: readonly PhysicalLine[],
  first: number
): Heredoc[] {
  const heredocs: Heredoc[] = []
  let next = first
  for (const mark of marks) {
    const heredoc = readBody(mark, lines, next)
    heredocs.push(heredoc)
    next = heredoc.lastLine + 1
  }
  return heredocs
}

function readBody(mark: HeredocMark, lines: readonly PhysicalLine[], first: number): Heredoc {
  const body: string[] = []
  let start = -1
  let end = -1
  for (let i = first; i < lines.length; i++) {
    const line = lines[i] as PhysicalLine
    const text = mark.stripTabs ? line.text.replace(/^\t+/, '') : line.text
    if (text === mark.delimiter) {
      const after = line.start + line.text.length
      return {
        ...mark,
        body: body.join('\n'),
        ...range(start, end, line.start),
        after,
        lastLine: i,
        closed: true
      }
    }
    body.push(text)
    if (start < 0) start = line.start
    end = line.start + line.text.length
  }
  const last = lines[lines.length - 1] as PhysicalLine
  const eof = last.start + last.text.length
  return {
    ...mark,
    body: body.join('\n'),
    ...range(start, end, eof),
    after: eof,
    lastLine: lines.length - 1,
    closed: false
  }
}

function range(start: number, end: number, fallback: number): { start: number; end: number } {
  return start < 0 ? { start: fallback, end: fallback } : { start, end }
}
