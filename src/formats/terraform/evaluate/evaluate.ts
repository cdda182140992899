import type { Span, Value } from '../../../model.js'
import type { Compound, Expr, ObjectExpr, TupleExpr } from '../parse/ast.js'
import type { Env } from './context.js'
import { asString } from './convert.js'
import { evaluateFor } from './for-expr.js'
import { evaluateCall } from './functions.js'
import { evaluateBinary, evaluateConditional, evaluateUnary } from './operators.js'
import { evaluateTemplate } from './template.js'
import { evaluateGet, evaluateName } from './traversal.js'
import { refsOf, unknownOf } from './unknown.js'

/**
 * The value of an expression, never running anything: literals are
 * themselves, references resolve through variables, locals and bound names,
 * and whatever cannot be settled is an unknown carrying its source text,
 * its span and the resources it refers to.
 */
export function evaluate(expr: Expr, env: Env): Value {
  switch (expr.kind) {
    case 'string':
    case 'number':
    case 'bool':
    case 'null':
    case 'list':
    case 'map':
    case 'unknown':
      return expr
    default: {
      const unit = env.unit
      if (unit.depth >= unit.maxDepth || --unit.fuel < 0) return unknownOf(expr, env, [])
      unit.depth++
      const value = evaluateCompound(expr, env)
      unit.depth--
      return value
    }
  }
}

function evaluateCompound(expr: Compound, env: Env): Value {
  switch (expr.kind) {
    case 'name':
      return evaluateName(expr, env)
    case 'get':
      return evaluateGet(expr, env)
    case 'tuple':
      return evaluateTuple(expr, env)
    case 'object':
      return evaluateObject(expr, env)
    case 'template':
      return evaluateTemplate(expr, env)
    case 'call':
      return evaluateCall(expr, env)
    case 'unary':
      return evaluateUnary(expr, env)
    case 'binary':
      return evaluateBinary(expr, env)
    case 'conditional':
      return evaluateConditional(expr, env)
    case 'for-expr':
      return evaluateFor(expr, env)
  }
}

function evaluateTuple(expr: TupleExpr, env: Env): Value {
  const items = new Array<Value>(expr.items.length)
  for (let i = 0; i < items.length; i++) items[i] = evaluate(expr.items[i] as Expr, env)
  return { kind: 'list', items, span: expr.span }
}

function evaluateObject(expr: ObjectExpr, env: Env): Value {
  const entries = new Map<string, Value>()
  const keySpans = new Map<string, Span>()
  for (let i = 0; i < expr.keys.length; i++) {
    const key = evaluate(expr.keys[i] as Expr, env)
    const name = asString(key)
    if (name === undefined) return unknownOf(expr, env, refsOf([key]))
    entries.set(name, evaluate(expr.values[i] as Expr, env))
    keySpans.set(name, key.span)
  }
  return { kind: 'map', entries, span: expr.span, keySpans }
}
