import type { Span, Value } from '../../../model.js'
import { type Expr, isValue } from './ast.js'
import { parseExpression } from './expression.js'
import { parseFor } from './for-expr.js'
import { Lexer, advance, fail, peekKind } from './lexer.js'
import { spanFrom } from './spans.js'
import { Tok } from './tokens.js'

function isForKeyword(s: Lexer): boolean {
  return (
    s.tok === Tok.IDENT &&
    s.tokEnd - s.tokStart === 3 &&
    s.text.startsWith('for', s.tokStart) &&
    peekKind(s) === Tok.IDENT
  )
}

export function parseTuple(s: Lexer): Expr {
  const { tokLine: line, tokCol: column, tokStart: start } = s
  s.nlDepth++
  advance(s)
  if (isForKeyword(s)) return parseFor(s, line, column, start, false)
  const items: Expr[] = []
  let literal = true
  while (s.tok !== Tok.RBRACK) {
    if (s.tok === Tok.EOF) fail(s, `']' to close the list opened at line ${line}`)
    const item = parseExpression(s)
    items.push(item)
    if (literal && !isValue(item)) literal = false
    if (s.tok === Tok.COMMA) advance(s)
    else if (s.tok !== Tok.RBRACK) fail(s, `',' or ']' in the list opened at line ${line}`)
  }
  s.nlDepth--
  advance(s)
  const span = spanFrom(s, line, column)
  if (literal) return { kind: 'list', items: items as Value[], span }
  return { kind: 'tuple', items, span, start, end: s.lastEnd }
}

function skipNewlines(s: Lexer): void {
  while (s.tok === Tok.NEWLINE) advance(s)
}

/** A bare name or keyword key is the string itself; a quoted key too; anything else is evaluated. */
function objectKey(key: Expr): Expr {
  switch (key.kind) {
    case 'name':
      return { kind: 'string', value: key.name, span: key.span }
    case 'number':
    case 'bool':
      return { kind: 'string', value: String(key.value), span: key.span }
    case 'null':
      return { kind: 'string', value: 'null', span: key.span }
    default:
      return key
  }
}

export function parseObject(s: Lexer): Expr {
  const { tokLine: line, tokCol: column, tokStart: start } = s
  const saved = s.nlDepth
  // Inside braces newlines separate items again.
  s.nlDepth = 0
  advance(s)
  skipNewlines(s)
  if (isForKeyword(s)) {
    // Newlines are insignificant in a `for`; parseFor lowers the depth back to `saved`.
    s.nlDepth = saved + 1
    return parseFor(s, line, column, start, true)
  }
  const keys: Expr[] = []
  const values: Expr[] = []
  let literal = true
  while (s.tok !== Tok.RBRACE) {
    if (s.tok === Tok.EOF) fail(s, `'}' to close the object opened at line ${line}`)
    const key = objectKey(parseExpression(s))
    if (s.tok !== Tok.EQUAL && s.tok !== Tok.COLON)
      fail(s, `'=' or ':' after a key in the object opened at line ${line}`)
    advance(s)
    const value = parseExpression(s)
    keys.push(key)
    values.push(value)
    if (literal && (key.kind !== 'string' || !isValue(value))) literal = false
    if (s.tok === Tok.COMMA || s.tok === Tok.NEWLINE) advance(s)
    else if (s.tok !== Tok.RBRACE)
      fail(s, `',', a new line or '}' after a value in the object opened at line ${line}`)
    skipNewlines(s)
  }
  s.nlDepth = saved
  advance(s)
  const span = spanFrom(s, line, column)
  if (literal)
    return literalMap(keys as { kind: 'string'; value: string; span: Span }[], values as Value[], span)
  return { kind: 'object', keys, values, span, start, end: s.lastEnd }
}

function literalMap(keys: { value: string; span: Span }[], values: Value[], span: Span): Value {
  const entries = new Map<string, Value>()
  const keySpans = new Map<string, Span>()
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as { value: string; span: Span }
    entries.set(key.value, values[i] as Value)
    keySpans.set(key.value, key.span)
  }
  return { kind: 'map', entries, span, keySpans }
}
