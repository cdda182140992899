import type { Expr, TemplatePart } from './ast.js'
import { parseDirective, parseInterpolation } from './directives.js'
import { describeChar } from './describe.js'
import { Lexer, lex } from './lexer.js'
import { spanFrom } from './spans.js'
import { HclSyntaxError } from './syntax-error.js'

/** How a template body ends and is read: a quoted string, or the lines of a heredoc. */
export interface TemplateMode {
  quoted: boolean
  /** Offset where a heredoc body ends (its closing marker line); the text length for a quoted string. */
  end: number
  /** Leading whitespace characters removed from each line (`<<-` heredocs). */
  indent: number
  openLine: number
}

export type Closer = 'end' | 'else' | 'endif' | 'endfor'

export interface ScanResult {
  closer: Closer
  /** The closer ended with `~}`: strip whitespace at the start of what follows. */
  strip: boolean
}

/** Scans a quoted template; the current token is its opening `"`. */
export function parseQuoted(s: Lexer): Expr {
  const line = s.tokLine
  const column = s.tokCol
  const start = s.tokStart
  const fast = scanPlain(s.text, s.pos)
  if (fast >= 0) {
    // The common case: no escapes, no interpolation, one line.
    const value = s.text.slice(s.pos, fast)
    finishTemplate(s, fast + 1, fast + 1 - s.lineStart)
    return { kind: 'string', value, span: { line, column, endLine: line, endColumn: s.lastCol } }
  }
  const parts: TemplatePart[] = []
  const mode: TemplateMode = { quoted: true, end: s.text.length, indent: 0, openLine: line }
  const result = scanParts(s, mode, parts, false)
  if (result.closer !== 'end') strayDirective(s, result.closer)
  // The closing quote is the character before s.pos.
  finishTemplate(s, s.pos, s.pos - s.lineStart)
  return templateNode(s, parts, line, column, start)
}

/** The closing quote of a string without escapes, interpolations or line breaks, or -1. */
function scanPlain(text: string, pos: number): number {
  for (;;) {
    const c = text.charCodeAt(pos)
    if (c === 34) return pos
    if (c === 92 || c === 36 || c === 37 || c === 10 || c !== c) return -1
    pos++
  }
}

/** Records where the template ended and moves on to the next token. */
export function finishTemplate(s: Lexer, end: number, endColumn: number): void {
  s.lastLine = s.line
  s.lastCol = endColumn
  s.lastEnd = end
  s.pos = end
  lex(s)
}

/** A template of literal text only is a string value; anything else stays a template. */
export function templateNode(
  s: Lexer,
  parts: TemplatePart[],
  line: number,
  column: number,
  start: number
): Expr {
  const span = spanFrom(s, line, column)
  if (parts.every(p => typeof p === 'string')) return { kind: 'string', value: parts.join(''), span }
  return { kind: 'template', parts, span, start, end: s.lastEnd }
}

/**
 * Reads literal text, `${ }` interpolations and `%{ }` directives from
 * `s.pos` until the end of the template or a closing directive, appending
 * to `parts`. Keeps `s.line` right across heredoc lines.
 */
export function scanParts(s: Lexer, m: TemplateMode, parts: TemplatePart[], stripFirst: boolean): ScanResult {
  const text = s.text
  let pos = s.pos
  let litStart = pos
  let buf = ''
  let strip = stripFirst
  for (;;) {
    if (pos >= m.end) {
      if (m.quoted) unterminated(s, m, 'end of file')
      pushLiteral(parts, buf + text.slice(litStart, pos), strip)
      s.pos = pos
      return { closer: 'end', strip: false }
    }
    const c = text.charCodeAt(pos)
    if (c === 34 && m.quoted) {
      pushLiteral(parts, buf + text.slice(litStart, pos), strip)
      s.pos = pos + 1
      return { closer: 'end', strip: false }
    }
    if (c === 10) {
      if (m.quoted) unterminated(s, m, 'end of line')
      const crlf = pos > litStart && text.charCodeAt(pos - 1) === 13
      buf += text.slice(litStart, crlf ? pos - 1 : pos) + '\n'
      s.line++
      s.lineStart = pos + 1
      pos = skipIndent(text, pos + 1, m)
      litStart = pos
      continue
    }
    if (c === 92 && m.quoted) {
      buf += text.slice(litStart, pos) + decodeEscape(s, pos)
      pos += escapeLength(text, pos)
      litStart = pos
      continue
    }
    if (c === 36 || c === 37) {
      const next = text.charCodeAt(pos + 1)
      if (next === c && text.charCodeAt(pos + 2) === 123) {
        // `$${` and `%%{` are a literal `${` and `%{`.
        buf += text.slice(litStart, pos + 1)
        pos += 2
        litStart = pos
        continue
      }
      if (next === 123) {
        const tilde = text.charCodeAt(pos + 2) === 126
        buf += text.slice(litStart, pos)
        pushLiteral(parts, tilde ? buf.trimEnd() : buf, strip)
        buf = ''
        s.pos = pos + (tilde ? 3 : 2)
        const result = c === 36 ? parseInterpolation(s, parts) : parseDirective(s, m, parts)
        if (result.closer !== 'end') return result
        strip = result.strip
        pos = s.pos
        litStart = pos
        continue
      }
    }
    pos++
  }
}

function pushLiteral(parts: TemplatePart[], text: string, strip: boolean): void {
  const literal = strip ? text.trimStart() : text
  if (literal !== '') parts.push(literal)
}

/** At the start of a heredoc line: skips up to `m.indent` spaces or tabs. */
export function skipIndent(text: string, pos: number, m: TemplateMode): number {
  let k = 0
  while (k < m.indent && pos < m.end) {
    const c = text.charCodeAt(pos)
    if (c !== 32 && c !== 9) break
    pos++
    k++
  }
  return pos
}

function unterminated(s: Lexer, m: TemplateMode, found: string): never {
  throw new HclSyntaxError(
    `expected '"' to close the string opened at line ${m.openLine}, found ${found}`,
    s.line
  )
}

function strayDirective(s: Lexer, closer: Closer): never {
  throw new HclSyntaxError(
    `expected text or '%{ if }' / '%{ for }' before '%{ ${closer} }', found none`,
    s.line
  )
}

const ESCAPES: Record<number, string> = { 110: '\n', 114: '\r', 116: '\t', 34: '"', 92: '\\' }

function escapeLength(text: string, pos: number): number {
  const c = text.charCodeAt(pos + 1)
  return c === 117 ? 6 : c === 85 ? 10 : 2
}

function decodeEscape(s: Lexer, pos: number): string {
  const text = s.text
  const c = text.charCodeAt(pos + 1)
  const simple = ESCAPES[c]
  if (simple !== undefined) return simple
  if (c === 117 || c === 85) {
    const digits = text.slice(pos + 2, pos + escapeLength(text, pos))
    const code =
      /^[0-9a-fA-F]+$/.test(digits) && digits.length === (c === 117 ? 4 : 8) ? parseInt(digits, 16) : NaN
    if (code <= 0x10ffff) return String.fromCodePoint(code)
  }
  const found = c !== c || c === 10 ? describeChar(text, pos + 1) : `'\\${text.slice(pos + 1, pos + 2)}'`
  throw new HclSyntaxError(
    `expected an escape sequence (\\n, \\r, \\t, \\", \\\\, \\uNNNN or \\UNNNNNNNN), found ${found}`,
    s.line
  )
}
