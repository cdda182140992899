import type { Span } from '../../../model.js'
import type { Lexer } from './lexer.js'

/** The span of the current token (tokens other than strings and heredocs sit on one line). */
export function tokenSpan(s: Lexer): Span {
  return {
    line: s.tokLine,
    column: s.tokCol,
    endLine: s.tokLine,
    endColumn: s.tokCol + s.tokEnd - s.tokStart - 1
  }
}

/** From a start position to the end of the last token consumed. */
export function spanFrom(s: Lexer, line: number, column: number): Span {
  return { line, column, endLine: s.lastLine, endColumn: s.lastCol }
}
