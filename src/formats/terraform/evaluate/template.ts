import type { Value } from '../../../model.js'
import type { Expr, TemplateExpr, TemplatePart } from '../parse/ast.js'
import type { Env } from './context.js'
import { asBool, asString } from './convert.js'
import { elementsOf } from './elements.js'
import { evaluate } from './evaluate.js'
import { iterationEnv } from './for-expr.js'
import { refsOf, unknownOf } from './unknown.js'

interface Output {
  text: string[]
  /** Refs of every unknown part; the template is known only if this stays empty and `known`. */
  refs: string[]
  known: boolean
}

function isDirective(part: TemplatePart): part is Extract<TemplatePart, { kind: 'if' | 'for' }> {
  return typeof part !== 'string' && (part.kind === 'if' || part.kind === 'for')
}

/**
 * A template whose parts are all known is a string; `"${x}"` alone is the
 * value of `x` itself, as in Terraform. Anything else is unknown, with the
 * refs of all its parts.
 */
export function evaluateTemplate(expr: TemplateExpr, env: Env): Value {
  const only = expr.parts.length === 1 ? (expr.parts[0] as TemplatePart) : undefined
  if (only !== undefined && typeof only !== 'string' && !isDirective(only)) return wholeValue(expr, only, env)
  const out: Output = { text: [], refs: [], known: true }
  appendParts(expr.parts, env, out)
  if (!out.known) return unknownOf(expr, env, out.refs)
  return { kind: 'string', value: out.text.join(''), span: expr.span }
}

function wholeValue(expr: TemplateExpr, inner: Expr, env: Env): Value {
  const value = evaluate(inner, env)
  switch (value.kind) {
    case 'unknown':
      return unknownOf(expr, env, value.refs ?? [])
    case 'string':
    case 'number':
    case 'bool':
      return { kind: value.kind, value: value.value, span: expr.span } as Value
    default:
      return value
  }
}

function appendParts(parts: TemplatePart[], env: Env, out: Output): void {
  for (const part of parts) {
    if (typeof part === 'string') out.text.push(part)
    else if (part.kind === 'if') appendIf(part, env, out)
    else if (part.kind === 'for') appendFor(part, env, out)
    else appendValue(evaluate(part, env), out)
  }
}

function appendValue(value: Value, out: Output): void {
  const text = asString(value)
  if (text !== undefined) out.text.push(text)
  else {
    out.known = false
    out.refs.push(...refsOf([value]))
  }
}

function appendIf(part: Extract<TemplatePart, { kind: 'if' }>, env: Env, out: Output): void {
  const test = evaluate(part.test, env)
  const b = asBool(test)
  if (b !== undefined) return appendParts(b ? part.then : part.else, env, out)
  out.known = false
  out.refs.push(...refsOf([test]))
}

function appendFor(part: Extract<TemplatePart, { kind: 'for' }>, env: Env, out: Output): void {
  const collection = evaluate(part.collection, env)
  const elements = elementsOf(collection)
  if (elements === undefined) {
    out.known = false
    out.refs.push(...refsOf([collection]))
    return
  }
  for (const element of elements)
    appendParts(part.body, iterationEnv(env, part.keyVar, part.valueVar, element), out)
}
