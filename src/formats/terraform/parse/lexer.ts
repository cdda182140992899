import { HclSyntaxError } from './syntax-error.js'
import { describeToken } from './describe.js'
import { scanToken, setToken } from './scan-token.js'
import { Tok } from './tokens.js'

/**
 * The scanner's whole state: the text, the position, the current token and
 * the end of the last token consumed. One mutable object read by plain
 * functions, so the hot loop touches fields of a single, stable shape.
 */
export class Lexer {
  readonly text: string
  readonly maxDepth: number
  pos: number
  /** Current line (1-based) and the offset where it starts. */
  line = 1
  lineStart: number
  /** The current token. */
  tok: number = Tok.EOF
  tokStart = 0
  tokEnd = 0
  tokLine = 1
  tokCol = 1
  /** Value of a NUMBER token; marker and flush flag of a HEREDOC token. */
  num = 0
  marker = ''
  flush = false
  /** Inclusive end (line, column) and exclusive end offset of the last token consumed. */
  lastLine = 1
  lastCol = 0
  lastEnd = 0
  /** Greater than zero while newlines are insignificant (inside `(`, `[` and interpolations). */
  nlDepth = 0
  depth = 0

  constructor(text: string, maxDepth: number) {
    this.text = text
    this.maxDepth = maxDepth
    // A byte order mark is not part of line 1: columns start after it.
    this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0
    this.lineStart = this.pos
    this.lastEnd = this.pos
  }
}

/** Consumes the current token: remembers where it ended, then scans the next one. */
export function advance(s: Lexer): void {
  s.lastLine = s.tokLine
  s.lastCol = s.tokCol + (s.tokEnd - s.tokStart) - 1
  s.lastEnd = s.tokEnd
  lex(s)
}

/**
 * Scans the next token from `s.pos`. Blank space and comments are skipped;
 * a run of newlines becomes one NEWLINE token, or nothing while
 * `s.nlDepth > 0`.
 */
export function lex(s: Lexer): void {
  const text = s.text
  const len = text.length
  let pos = s.pos
  let newlineAt = -1
  let newlineLine = 0
  let newlineLineStart = 0
  for (;;) {
    if (pos >= len) break
    const c = text.charCodeAt(pos)
    if (c === 32 || c === 9 || c === 13) {
      pos++
    } else if (c === 10) {
      if (newlineAt < 0) {
        newlineAt = pos
        newlineLine = s.line
        newlineLineStart = s.lineStart
      }
      pos++
      s.line++
      s.lineStart = pos
    } else if (c === 35 || (c === 47 && text.charCodeAt(pos + 1) === 47)) {
      pos = skipLineComment(text, pos)
    } else if (c === 47 && text.charCodeAt(pos + 1) === 42) {
      pos = skipBlockComment(s, pos)
    } else {
      break
    }
  }
  if (newlineAt >= 0 && s.nlDepth === 0) {
    s.tok = Tok.NEWLINE
    s.tokStart = newlineAt
    s.tokEnd = newlineAt + 1
    s.tokLine = newlineLine
    s.tokCol = newlineAt - newlineLineStart + 1
    s.pos = pos
    return
  }
  if (pos >= len) {
    setToken(s, Tok.EOF, len, len)
    return
  }
  scanToken(s, pos, text.charCodeAt(pos))
}

function skipLineComment(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos)
  return nl < 0 ? text.length : nl
}

function skipBlockComment(s: Lexer, start: number): number {
  const text = s.text
  const end = text.indexOf('*/', start + 2)
  if (end < 0) {
    throw new HclSyntaxError(
      `expected '*/' to close the comment opened at line ${s.line}, found end of file`,
      s.line
    )
  }
  for (let nl = text.indexOf('\n', start); nl >= 0 && nl < end; nl = text.indexOf('\n', nl + 1)) {
    s.line++
    s.lineStart = nl + 1
  }
  return end + 2
}

/**
 * Throws "expected X, found <current token>" at the current token's line;
 * at the end of the file, at the line of the last token.
 */
export function fail(s: Lexer, expected: string): never {
  const line = s.tok === Tok.EOF ? Math.max(1, s.lastLine) : s.tokLine
  throw new HclSyntaxError(`expected ${expected}, found ${describeToken(s)}`, line)
}

/** Raises the nesting depth, failing clearly past the limit instead of overflowing the stack. */
export function enter(s: Lexer): void {
  if (++s.depth > s.maxDepth) {
    throw new HclSyntaxError(
      `expected at most ${s.maxDepth} levels of nesting, found more at line ${s.tokLine}`,
      s.tokLine
    )
  }
}

/** The kind of the token after the current one; the state is left as it was. */
export function peekKind(s: Lexer): number {
  const { pos, line, lineStart, tok, tokStart, tokEnd, tokLine, tokCol, num, marker, flush } = s
  lex(s)
  const kind = s.tok
  Object.assign(s, { pos, line, lineStart, tok, tokStart, tokEnd, tokLine, tokCol, num, marker, flush })
  return kind
}
