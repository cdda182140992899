import type { Expr } from './ast.js'
import { parseExpression } from './expression.js'
import { Lexer, advance, fail } from './lexer.js'
import { spanFrom } from './spans.js'
import { Tok, symbolOf } from './tokens.js'

function forVariable(s: Lexer, after: string): string {
  if (s.tok !== Tok.IDENT) fail(s, `a variable name after ${after}`)
  const name = s.text.slice(s.tokStart, s.tokEnd)
  advance(s)
  return name
}

function expectKeyword(s: Lexer, word: string, context: string): void {
  if (s.tok !== Tok.IDENT || s.text.slice(s.tokStart, s.tokEnd) !== word) fail(s, `'${word}' ${context}`)
  advance(s)
}

/** `for` expressions; the current token is `for`, newlines are insignificant. */
export function parseFor(s: Lexer, line: number, column: number, start: number, isObject: boolean): Expr {
  advance(s)
  let keyVar: string | null = null
  let valueVar = forVariable(s, "'for'")
  if (s.tok === Tok.COMMA) {
    advance(s)
    keyVar = valueVar
    valueVar = forVariable(s, "','")
  }
  expectKeyword(s, 'in', `after the variables of the 'for' at line ${line}`)
  const collection = parseExpression(s)
  if (s.tok !== Tok.COLON) fail(s, `':' after the collection of the 'for' at line ${line}`)
  advance(s)
  let key: Expr | null = null
  if (isObject) {
    key = parseExpression(s)
    if (s.tok !== Tok.ARROW) fail(s, `'=>' after the key of the 'for' at line ${line}`)
    advance(s)
  }
  const value = parseExpression(s)
  let group = false
  if (isObject && s.tok === Tok.ELLIPSIS) {
    group = true
    advance(s)
  }
  let test: Expr | null = null
  if (s.tok === Tok.IDENT && s.text.slice(s.tokStart, s.tokEnd) === 'if') {
    advance(s)
    test = parseExpression(s)
  }
  const close = isObject ? Tok.RBRACE : Tok.RBRACK
  if (s.tok !== close) fail(s, `'${symbolOf(close)}' to close the 'for' opened at line ${line}`)
  s.nlDepth--
  advance(s)
  const span = spanFrom(s, line, column)
  return {
    kind: 'for-expr',
    keyVar,
    valueVar,
    collection,
    key,
    value,
    test,
    group,
    span,
    start,
    end: s.lastEnd
  }
}
