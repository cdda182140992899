import type { Lexer } from './lexer.js'
import { describeChar } from './describe.js'
import { HclSyntaxError } from './syntax-error.js'
import { Tok } from './tokens.js'

/** ASCII identifier characters: 1 may continue an identifier, 3 may also start one. */
const IDENT = (() => {
  const table = new Uint8Array(128)
  for (let c = 48; c <= 57; c++) table[c] = 1
  table[45] = 1
  for (let c = 65; c <= 90; c++) table[c] = 3
  for (let c = 97; c <= 122; c++) table[c] = 3
  table[95] = 3
  return table
})()

const ID_START = /\p{ID_Start}/u
const ID_CONTINUE = /\p{ID_Continue}/u

/** Whether a char code may continue an identifier: ASCII by table, other letters and marks as Unicode defines them. */
function isIdentCode(c: number): boolean {
  return c < 128 ? IDENT[c] !== 0 : ID_CONTINUE.test(String.fromCharCode(c))
}

function isIdentStart(c: number): boolean {
  return c < 128 ? IDENT[c] === 3 : ID_START.test(String.fromCharCode(c))
}

export function setToken(s: Lexer, kind: number, start: number, end: number): void {
  s.tok = kind
  s.tokStart = start
  s.tokEnd = end
  s.tokLine = s.line
  s.tokCol = start - s.lineStart + 1
  s.pos = end
}

/** Scans the token that starts with char code `c` at `pos`. */
export function scanToken(s: Lexer, pos: number, c: number): void {
  const text = s.text
  const next = text.charCodeAt(pos + 1)
  switch (c) {
    case 123:
      return setToken(s, Tok.LBRACE, pos, pos + 1)
    case 125:
      return setToken(s, Tok.RBRACE, pos, pos + 1)
    case 91:
      return setToken(s, Tok.LBRACK, pos, pos + 1)
    case 93:
      return setToken(s, Tok.RBRACK, pos, pos + 1)
    case 40:
      return setToken(s, Tok.LPAREN, pos, pos + 1)
    case 41:
      return setToken(s, Tok.RPAREN, pos, pos + 1)
    case 44:
      return setToken(s, Tok.COMMA, pos, pos + 1)
    case 63:
      return setToken(s, Tok.QUESTION, pos, pos + 1)
    case 43:
      return setToken(s, Tok.PLUS, pos, pos + 1)
    case 45:
      return setToken(s, Tok.MINUS, pos, pos + 1)
    case 42:
      return setToken(s, Tok.STAR, pos, pos + 1)
    case 47:
      return setToken(s, Tok.SLASH, pos, pos + 1)
    case 37:
      return setToken(s, Tok.PERCENT, pos, pos + 1)
    case 126:
      return setToken(s, Tok.TILDE, pos, pos + 1)
    case 34:
      return setToken(s, Tok.OQUOTE, pos, pos + 1)
    case 46:
      if (next === 46 && text.charCodeAt(pos + 2) === 46) return setToken(s, Tok.ELLIPSIS, pos, pos + 3)
      return setToken(s, Tok.DOT, pos, pos + 1)
    case 61:
      if (next === 61) return setToken(s, Tok.EQEQ, pos, pos + 2)
      if (next === 62) return setToken(s, Tok.ARROW, pos, pos + 2)
      return setToken(s, Tok.EQUAL, pos, pos + 1)
    case 33:
      return next === 61 ? setToken(s, Tok.NEQ, pos, pos + 2) : setToken(s, Tok.BANG, pos, pos + 1)
    case 60:
      if (next === 60) return scanHeredocOpener(s, pos)
      return next === 61 ? setToken(s, Tok.LE, pos, pos + 2) : setToken(s, Tok.LT, pos, pos + 1)
    case 62:
      return next === 61 ? setToken(s, Tok.GE, pos, pos + 2) : setToken(s, Tok.GT, pos, pos + 1)
    case 58:
      return next === 58 ? setToken(s, Tok.DCOLON, pos, pos + 2) : setToken(s, Tok.COLON, pos, pos + 1)
    case 38:
      if (next === 38) return setToken(s, Tok.AND, pos, pos + 2)
      break
    case 124:
      if (next === 124) return setToken(s, Tok.OR, pos, pos + 2)
      break
    default:
      if (c >= 48 && c <= 57) return scanNumber(s, pos)
      if (isIdentStart(c)) return scanIdent(s, pos)
  }
  throw new HclSyntaxError(`expected a token, found ${describeChar(text, pos)}`, s.line)
}

function scanIdent(s: Lexer, start: number): void {
  const text = s.text
  const len = text.length
  let pos = start + 1
  for (; pos < len; pos++) {
    const c = text.charCodeAt(pos)
    if (c < 128 ? IDENT[c] === 0 : !isIdentCode(c)) break
  }
  setToken(s, Tok.IDENT, start, pos)
}

function scanDigits(text: string, pos: number): number {
  let c = text.charCodeAt(pos)
  while (c >= 48 && c <= 57) c = text.charCodeAt(++pos)
  return pos
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

function scanNumber(s: Lexer, start: number): void {
  const text = s.text
  let pos = start
  let value = 0
  let c = text.charCodeAt(pos)
  while (c >= 48 && c <= 57) {
    value = value * 10 + (c - 48)
    c = text.charCodeAt(++pos)
  }
  let plain = pos - start <= 15
  // After a '.', `a.0.1` is two index steps, not the number 0.1.
  if (c === 46 && s.tok !== Tok.DOT && isDigit(text.charCodeAt(pos + 1))) {
    pos = scanDigits(text, pos + 1)
    plain = false
    c = text.charCodeAt(pos)
  }
  if (c === 101 || c === 69) {
    const sign = text.charCodeAt(pos + 1)
    const digitAt = sign === 43 || sign === 45 ? pos + 2 : pos + 1
    if (isDigit(text.charCodeAt(digitAt))) {
      pos = scanDigits(text, digitAt)
      plain = false
    }
  }
  s.num = plain ? value : Number(text.slice(start, pos))
  setToken(s, Tok.NUMBER, start, pos)
}

function scanHeredocOpener(s: Lexer, start: number): void {
  const text = s.text
  let pos = start + 2
  s.flush = text.charCodeAt(pos) === 45
  if (s.flush) pos++
  const markerStart = pos
  if (!isIdentStart(text.charCodeAt(pos))) {
    throw new HclSyntaxError(`expected a heredoc marker after '<<', found ${describeChar(text, pos)}`, s.line)
  }
  while (pos < text.length && isIdentCode(text.charCodeAt(pos))) pos++
  s.marker = text.slice(markerStart, pos)
  setToken(s, Tok.HEREDOC, start, pos)
}
