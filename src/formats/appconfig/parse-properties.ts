import type { LineIndex } from '../text/line-index.js'
import { lineIndex } from '../text/line-index.js'
import type { ReadOutput, ReadProblem, SettingEntry } from './setting-entry.js'

const BLANK = new Set([' ', '\t', '\f'])
const NEWLINE = new Set(['\n', '\r'])

interface Reader {
  text: string
  pos: number
  lines: LineIndex
  problems: ReadProblem[]
}

/**
 * Reads a `.properties` file as the Java platform does: `key=value`,
 * `key: value` or `key value`; `#` and `!` comment lines; a line ending in
 * an odd number of backslashes goes on with the next line (whose leading
 * spaces are dropped); `\t`, `\n`, `\r`, `\f`, `\uXXXX` escapes, and `\x`
 * for any other `x`. A malformed `\u` escape is an error, kept as written.
 */
export function parseProperties(text: string): ReadOutput {
  const reader: Reader = {
    text,
    pos: text.charCodeAt(0) === 0xfeff ? 1 : 0,
    lines: lineIndex(text),
    problems: []
  }
  const entries: SettingEntry[] = []
  while (reader.pos < text.length) {
    skip(reader, BLANK)
    const c = text[reader.pos]
    if (c === undefined) break
    if (NEWLINE.has(c)) reader.pos++
    else if (c === '#' || c === '!') skipLine(reader)
    else entries.push(readEntry(reader))
  }
  return { entries, problems: reader.problems }
}

function readEntry(reader: Reader): SettingEntry {
  const keyStart = reader.pos
  const key = readPart(reader, true)
  const keyEnd = reader.pos
  skipBlanks(reader)
  const c = reader.text[reader.pos]
  if (c === '=' || c === ':') {
    reader.pos++
    skipBlanks(reader)
  }
  const valueStart = reader.pos
  const value = readPart(reader, false)
  const valueEnd = trimCr(reader.text, valueStart, reader.pos)
  const keySpan = reader.lines.span(keyStart, keyEnd)
  const valueSpan = valueEnd > valueStart ? reader.lines.span(valueStart, valueEnd) : keySpan
  const span = reader.lines.span(keyStart, Math.max(keyEnd, valueEnd))
  return { path: key, value: { kind: 'string', value, span: valueSpan }, span }
}

/** A key (up to an unescaped `=`, `:` or blank) or a value (up to the end of the logical line), unescaped. */
function readPart(reader: Reader, isKey: boolean): string {
  const { text } = reader
  let out = ''
  while (reader.pos < text.length) {
    const c = text[reader.pos] as string
    if (NEWLINE.has(c)) break
    if (isKey && (c === '=' || c === ':' || BLANK.has(c))) break
    if (c !== '\\') {
      out += c
      reader.pos++
      continue
    }
    const next = text[reader.pos + 1]
    if (next === undefined) {
      reader.pos++
      break
    }
    if (NEWLINE.has(next)) continueLine(reader)
    else out += escape(reader)
  }
  return out
}

/** A backslash at the end of a line: skip the line break and the next line's leading blanks. */
function continueLine(reader: Reader): void {
  reader.pos += reader.text[reader.pos + 1] === '\r' && reader.text[reader.pos + 2] === '\n' ? 3 : 2
  skip(reader, BLANK)
}

function escape(reader: Reader): string {
  const { text } = reader
  const c = text[reader.pos + 1] as string
  reader.pos += 2
  if (c === 't') return '\t'
  if (c === 'n') return '\n'
  if (c === 'r') return '\r'
  if (c === 'f') return '\f'
  if (c !== 'u') return c
  const hex = text.slice(reader.pos, reader.pos + 4)
  if (/^[0-9A-Fa-f]{4}$/.test(hex)) {
    reader.pos += 4
    return String.fromCharCode(parseInt(hex, 16))
  }
  reader.problems.push({
    line: reader.lines.line(reader.pos - 2),
    message: 'malformed \\uXXXX escape: expected four hexadecimal digits after \\u'
  })
  return '\\u'
}

/** Blanks, and line continuations between a key and its separator or value. */
function skipBlanks(reader: Reader): void {
  for (;;) {
    skip(reader, BLANK)
    const { text, pos } = reader
    if (text[pos] === '\\' && NEWLINE.has(text[pos + 1] ?? '')) continueLine(reader)
    else return
  }
}

function skip(reader: Reader, set: Set<string>): void {
  while (reader.pos < reader.text.length && set.has(reader.text[reader.pos] as string)) reader.pos++
}

function skipLine(reader: Reader): void {
  while (reader.pos < reader.text.length && !NEWLINE.has(reader.text[reader.pos] as string)) reader.pos++
}

function trimCr(text: string, start: number, end: number): number {
  return end > start && text[end - 1] === '\r' ? end - 1 : end
}
