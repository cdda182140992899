import type { Value } from '../../../model.js'
import type { BinaryOp, Expr, Step } from './ast.js'
import { parseObject, parseTuple } from './collections.js'
import { parseHeredoc } from './heredoc.js'
import { Lexer, advance, enter, fail } from './lexer.js'
import { spanFrom, tokenSpan } from './spans.js'
import { parseQuoted } from './template.js'
import { PRECEDENCE, Tok, symbolOf } from './tokens.js'

/** Parses one expression: a conditional, or anything of higher precedence. */
export function parseExpression(s: Lexer): Expr {
  enter(s)
  const { tokLine: line, tokCol: column, tokStart: start } = s
  const test = parseBinary(s, 1)
  let expr = test
  if (s.tok === Tok.QUESTION) {
    advance(s)
    const then = parseExpression(s)
    if (s.tok !== Tok.COLON) fail(s, `':' after the true branch of the conditional at line ${line}`)
    advance(s)
    const otherwise = parseExpression(s)
    expr = {
      kind: 'conditional',
      test,
      then,
      else: otherwise,
      span: spanFrom(s, line, column),
      start,
      end: s.lastEnd
    }
  }
  s.depth--
  return expr
}

function parseBinary(s: Lexer, minPrecedence: number): Expr {
  const { tokLine: line, tokCol: column, tokStart: start } = s
  let left = parseUnary(s)
  for (;;) {
    const precedence = PRECEDENCE[s.tok] ?? 0
    if (precedence === 0 || precedence < minPrecedence) return left
    const op = symbolOf(s.tok) as BinaryOp
    advance(s)
    const right = parseBinary(s, precedence + 1)
    left = { kind: 'binary', op, left, right, span: spanFrom(s, line, column), start, end: s.lastEnd }
  }
}

function parseUnary(s: Lexer): Expr {
  if (s.tok !== Tok.BANG && s.tok !== Tok.MINUS) return parsePostfix(s)
  enter(s)
  const { tokLine: line, tokCol: column, tokStart: start } = s
  const op = s.tok === Tok.BANG ? '!' : '-'
  advance(s)
  const operand = parseUnary(s)
  s.depth--
  const span = spanFrom(s, line, column)
  // `-1` is a number literal, not an operation.
  if (op === '-' && operand.kind === 'number') return { kind: 'number', value: -operand.value, span }
  return { kind: 'unary', op, operand, span, start, end: s.lastEnd }
}

function parsePostfix(s: Lexer): Expr {
  const { tokLine: line, tokCol: column, tokStart: start } = s
  const target = parsePrimary(s)
  if (s.tok !== Tok.DOT && s.tok !== Tok.LBRACK) return target
  const steps: Step[] = []
  for (;;) {
    if (s.tok === Tok.DOT) steps.push(parseDotStep(s))
    else if (s.tok === Tok.LBRACK) steps.push(parseIndexStep(s))
    else break
  }
  return { kind: 'get', target, steps, span: spanFrom(s, line, column), start, end: s.lastEnd }
}

function parseDotStep(s: Lexer): Step {
  advance(s)
  let step: Step
  if (s.tok === Tok.IDENT) step = { t: 'attr', name: s.text.slice(s.tokStart, s.tokEnd) }
  else if (s.tok === Tok.NUMBER)
    step = { t: 'index', key: { kind: 'number', value: s.num, span: tokenSpan(s) } }
  else if (s.tok === Tok.STAR) step = { t: 'splat', full: false }
  else fail(s, "an attribute name, an index or '*' after '.'")
  advance(s)
  return step
}

function parseIndexStep(s: Lexer): Step {
  const openLine = s.tokLine
  s.nlDepth++
  advance(s)
  let step: Step
  if (s.tok === Tok.STAR) {
    advance(s)
    step = { t: 'splat', full: true }
  } else {
    step = { t: 'index', key: parseExpression(s) }
  }
  if (s.tok !== Tok.RBRACK) fail(s, `']' to close the index opened at line ${openLine}`)
  s.nlDepth--
  advance(s)
  return step
}

function parsePrimary(s: Lexer): Expr {
  switch (s.tok) {
    case Tok.NUMBER: {
      const value: Value = { kind: 'number', value: s.num, span: tokenSpan(s) }
      advance(s)
      return value
    }
    case Tok.IDENT:
      return parseName(s)
    case Tok.OQUOTE:
      return parseQuoted(s)
    case Tok.HEREDOC:
      return parseHeredoc(s)
    case Tok.LBRACK:
      return parseTuple(s)
    case Tok.LBRACE:
      return parseObject(s)
    case Tok.LPAREN:
      return parseParenthesised(s)
    default:
      return fail(s, 'an expression')
  }
}

function parseName(s: Lexer): Expr {
  const { tokLine: line, tokCol: column, tokStart: start } = s
  const span = tokenSpan(s)
  const name = s.text.slice(s.tokStart, s.tokEnd)
  advance(s)
  if (s.tok === Tok.LPAREN || s.tok === Tok.DCOLON) return parseCall(s, name, line, column, start)
  switch (name) {
    case 'true':
      return { kind: 'bool', value: true, span }
    case 'false':
      return { kind: 'bool', value: false, span }
    case 'null':
      return { kind: 'null', span }
    default:
      return { kind: 'name', name, span, start, end: s.lastEnd }
  }
}

function parseCall(s: Lexer, first: string, line: number, column: number, start: number): Expr {
  let name = first
  while (s.tok === Tok.DCOLON) {
    advance(s)
    if (s.tok !== Tok.IDENT) fail(s, "a name after '::'")
    name += '::' + s.text.slice(s.tokStart, s.tokEnd)
    advance(s)
  }
  if (s.tok !== Tok.LPAREN) fail(s, `'(' after the function name '${name}'`)
  s.nlDepth++
  advance(s)
  const args: Expr[] = []
  let expand = false
  while (s.tok !== Tok.RPAREN) {
    if (expand) fail(s, `')' after the expanded argument '...' of '${name}'`)
    args.push(parseExpression(s))
    if (s.tok === Tok.ELLIPSIS) {
      expand = true
      advance(s)
    }
    if (s.tok === Tok.COMMA) advance(s)
    else if (s.tok !== Tok.RPAREN) fail(s, `',' or ')' in the call of '${name}' opened at line ${line}`)
  }
  s.nlDepth--
  advance(s)
  return { kind: 'call', name, args, expand, span: spanFrom(s, line, column), start, end: s.lastEnd }
}

function parseParenthesised(s: Lexer): Expr {
  const openLine = s.tokLine
  s.nlDepth++
  advance(s)
  const inner = parseExpression(s)
  if (s.tok !== Tok.RPAREN) fail(s, `')' to close the parenthesis opened at line ${openLine}`)
  s.nlDepth--
  advance(s)
  return inner
}
