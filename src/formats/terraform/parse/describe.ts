import type { Lexer } from './lexer.js'
import { Tok, symbolOf } from './tokens.js'

/** A character for messages: `'@'`, `U+0000`, `end of line`, `end of file`. */
export function describeChar(text: string, pos: number): string {
  if (pos >= text.length) return 'end of file'
  const c = text.charCodeAt(pos)
  if (c === 10 || c === 13) return 'end of line'
  if (c < 32 || c === 127) return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`
  return `'${String.fromCodePoint(text.codePointAt(pos) ?? c)}'`
}

/** The current token for messages: `'foo'`, `'{'`, `a number`, `end of line`, … */
export function describeToken(s: Lexer): string {
  switch (s.tok) {
    case Tok.EOF:
      return 'end of file'
    case Tok.NEWLINE:
      return 'end of line'
    case Tok.IDENT:
      return `'${s.text.slice(s.tokStart, s.tokEnd)}'`
    case Tok.NUMBER:
      return `the number ${s.text.slice(s.tokStart, s.tokEnd)}`
    case Tok.OQUOTE:
      return 'a string'
    case Tok.HEREDOC:
      return 'a heredoc'
    default:
      return `'${symbolOf(s.tok)}'`
  }
}
