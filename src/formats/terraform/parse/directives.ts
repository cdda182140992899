import type { TemplatePart } from './ast.js'
import { parseExpression } from './expression.js'
import { Lexer, advance, fail, lex } from './lexer.js'
import { HclSyntaxError } from './syntax-error.js'
import { type Closer, type ScanResult, type TemplateMode, scanParts } from './template.js'
import { Tok } from './tokens.js'

/** `${ expr }`: the scanner stands just after `${` (and any `~`). */
export function parseInterpolation(s: Lexer, parts: TemplatePart[]): ScanResult {
  const openLine = s.line
  const saved = s.nlDepth
  s.nlDepth = 1
  lex(s)
  parts.push(parseExpression(s))
  const strip = closeBrace(s, 'interpolation', openLine)
  s.nlDepth = saved
  return { closer: 'end', strip }
}

/** Expects `}` or `~}` to close what was opened at `openLine`; leaves `s.pos` just after the brace. */
function closeBrace(s: Lexer, what: string, openLine: number): boolean {
  let strip = false
  if (s.tok === Tok.TILDE) {
    strip = true
    advance(s)
  }
  if (s.tok !== Tok.RBRACE) fail(s, `'}' to close the ${what} opened at line ${openLine}`)
  return strip
}

function directiveWord(s: Lexer): string {
  if (s.tok !== Tok.IDENT) fail(s, "'if', 'else', 'endif', 'for' or 'endfor' after '%{'")
  return s.text.slice(s.tokStart, s.tokEnd)
}

/** `%{ if … }`, `%{ for … }` and their closers: the scanner stands just after `%{` (and any `~`). */
export function parseDirective(s: Lexer, m: TemplateMode, parts: TemplatePart[]): ScanResult {
  const openLine = s.line
  const saved = s.nlDepth
  s.nlDepth = 1
  lex(s)
  const word = directiveWord(s)
  advance(s)
  let result: ScanResult
  if (word === 'if') result = parseIf(s, m, parts, openLine)
  else if (word === 'for') result = parseForDirective(s, m, parts, openLine)
  else if (word === 'else' || word === 'endif' || word === 'endfor') {
    result = { closer: word, strip: closeBrace(s, `'%{ ${word}'`, openLine) }
  } else {
    throw new HclSyntaxError(
      `expected 'if', 'else', 'endif', 'for' or 'endfor' after '%{', found '${word}'`,
      openLine
    )
  }
  s.nlDepth = saved
  return result
}

function nested(
  s: Lexer,
  m: TemplateMode,
  strip: boolean,
  expected: Closer[],
  opener: string
): ScanResult & { parts: TemplatePart[] } {
  const parts: TemplatePart[] = []
  const result = scanParts(s, m, parts, strip)
  if (!expected.includes(result.closer)) {
    const found = result.closer === 'end' ? 'the end of the template' : `'%{ ${result.closer} }'`
    throw new HclSyntaxError(
      `expected ${expected.map(c => `'%{ ${c} }'`).join(' or ')} to close the ${opener}, found ${found}`,
      s.line
    )
  }
  return { ...result, parts }
}

function parseIf(s: Lexer, m: TemplateMode, parts: TemplatePart[], openLine: number): ScanResult {
  const test = parseExpression(s)
  const strip = closeBrace(s, "'%{ if'", openLine)
  const opener = `'%{ if }' opened at line ${openLine}`
  const then = nested(s, m, strip, ['else', 'endif'], opener)
  let elseParts: TemplatePart[] = []
  let last: ScanResult = then
  if (then.closer === 'else') {
    const other = nested(s, m, then.strip, ['endif'], opener)
    elseParts = other.parts
    last = other
  }
  parts.push({ kind: 'if', test, then: then.parts, else: elseParts })
  return { closer: 'end', strip: last.strip }
}

function identifier(s: Lexer, expected: string): string {
  if (s.tok !== Tok.IDENT) fail(s, expected)
  const name = s.text.slice(s.tokStart, s.tokEnd)
  advance(s)
  return name
}

function parseForDirective(s: Lexer, m: TemplateMode, parts: TemplatePart[], openLine: number): ScanResult {
  let keyVar: string | null = null
  let valueVar = identifier(s, "a variable name after '%{ for'")
  if (s.tok === Tok.COMMA) {
    advance(s)
    keyVar = valueVar
    valueVar = identifier(s, "a variable name after ','")
  }
  if (s.tok !== Tok.IDENT || s.text.slice(s.tokStart, s.tokEnd) !== 'in') fail(s, "'in'")
  advance(s)
  const collection = parseExpression(s)
  const strip = closeBrace(s, "'%{ for'", openLine)
  const body = nested(s, m, strip, ['endfor'], `'%{ for }' opened at line ${openLine}`)
  parts.push({ kind: 'for', keyVar, valueVar, collection, body: body.parts })
  return { closer: 'end', strip: body.strip }
}
