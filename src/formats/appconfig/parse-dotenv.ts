import type { Span } from '../../model.js'
import type { LineIndex } from '../text/line-index.js'
import { lineIndex } from '../text/line-index.js'
import type { ReadOutput, ReadProblem, SettingEntry } from './setting-entry.js'

const ASSIGNMENT = /^([ \t]*)(export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*/
const QUOTES = new Set(['"', "'", '`'])

interface Cursor {
  text: string
  lines: LineIndex
  problems: ReadProblem[]
}

/** A value as read: its text, its file range `[start, end)`, and where the next line starts. */
interface ReadValue {
  value: string
  start: number
  end: number
  next: number
}

/**
 * Reads a dotenv file: `KEY=value` lines, optionally after `export`, with
 * `#` comment lines, single, double or backtick quotes (which may span
 * lines), `\n`, `\r`, `\t`, `\"` and `\\` escapes inside double quotes, and
 * `# comments` after unquoted values (a `#` not preceded by a space is part
 * of the value). `${VAR}` inside a value is kept as written: Demarc never
 * reads the environment. A line that is not an assignment is an error, and
 * the next line is read on.
 */
export function parseDotenv(text: string): ReadOutput {
  const cursor: Cursor = { text, lines: lineIndex(text), problems: [] }
  const entries: SettingEntry[] = []
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0
  while (pos < text.length) {
    const end = lineEnd(text, pos)
    const line = stripCr(text.slice(pos, end))
    const trimmed = line.trim()
    if (trimmed === '' || trimmed.startsWith('#')) {
      pos = end + 1
      continue
    }
    const match = ASSIGNMENT.exec(line)
    if (match === null) {
      cursor.problems.push({ line: cursor.lines.line(pos), message: notAssignment(trimmed) })
      pos = end + 1
      continue
    }
    const keyStart = pos + (match[1] as string).length + (match[2]?.length ?? 0)
    const key = match[3] as string
    const read = readValue(cursor, key, pos + match[0].length)
    entries.push(entryOf(cursor, key, keyStart, read))
    pos = read.next
  }
  return { entries, problems: cursor.problems }
}

/** Says what is wrong without quoting the line: it may be a secret pasted on its own. */
function notAssignment(trimmed: string): string {
  return trimmed.includes('=')
    ? "expected KEY=value, found a name before '=' that is not letters, digits, '_', '.' or '-'"
    : "expected KEY=value, found a line without '='; it was skipped"
}

function entryOf(cursor: Cursor, key: string, keyStart: number, read: ReadValue): SettingEntry {
  const keySpan = cursor.lines.span(keyStart, keyStart + key.length)
  const valueSpan: Span = read.end > read.start ? cursor.lines.span(read.start, read.end) : keySpan
  const span = cursor.lines.span(keyStart, Math.max(read.end, keyStart + key.length))
  return { path: key, value: { kind: 'string', value: read.value, span: valueSpan }, span }
}

function readValue(cursor: Cursor, key: string, start: number): ReadValue {
  const quote = cursor.text[start] as string
  if (QUOTES.has(quote)) {
    const quoted = readQuoted(cursor, key, start, quote)
    if (quoted !== undefined) return quoted
  }
  return readUnquoted(cursor.text, start)
}

/** An unquoted value: the rest of the line, up to a `#` that follows a space, trimmed. */
function readUnquoted(text: string, start: number): ReadValue {
  const end = lineEnd(text, start)
  const line = stripCr(text.slice(start, end))
  const comment = /[ \t]#/.exec(line)
  const value = (comment === null ? line : line.slice(0, comment.index)).trimEnd()
  return { value, start, end: start + value.length, next: end + 1 }
}

/** A quoted value, or undefined (after an error) when its quote is never closed. */
function readQuoted(cursor: Cursor, key: string, start: number, quote: string): ReadValue | undefined {
  const { text } = cursor
  let value = ''
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i] as string
    if (c === quote) return closeQuoted(cursor, key, start, i, value)
    if (c === '\\' && quote === '"' && i + 1 < text.length) {
      value += unescape(text[i + 1] as string)
      i++
    } else if (c !== '\r' || text[i + 1] !== '\n') value += c
  }
  cursor.problems.push({
    line: cursor.lines.line(start),
    message: `the value of ${key} opens a ${quoteName(quote)} quote that is never closed; it is read as one unquoted line`
  })
  return undefined
}

/** After the closing quote only spaces and a `# comment` may follow on that line. */
function closeQuoted(cursor: Cursor, key: string, start: number, close: number, value: string): ReadValue {
  const end = lineEnd(cursor.text, close)
  const rest = stripCr(cursor.text.slice(close + 1, end)).trim()
  if (rest !== '' && !rest.startsWith('#'))
    cursor.problems.push({
      line: cursor.lines.line(close),
      message: `expected the end of the line or a # comment after the closing quote of ${key}`
    })
  return { value, start, end: close + 1, next: end + 1 }
}

function unescape(c: string): string {
  if (c === 'n') return '\n'
  if (c === 'r') return '\r'
  if (c === 't') return '\t'
  if (c === '"' || c === '\\') return c
  return `\\${c}`
}

function quoteName(quote: string): string {
  return quote === '"' ? 'double' : quote === "'" ? 'single' : 'backtick'
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from)
  return newline < 0 ? text.length : newline
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line
}
