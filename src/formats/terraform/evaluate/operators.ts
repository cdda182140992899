import { valuesEqual } from '../../../values.js'
import type { Value } from '../../../model.js'
import type { BinaryExpr, BinaryOp, ConditionalExpr, UnaryExpr } from '../parse/ast.js'
import type { Env } from './context.js'
import { asBool, asNumber } from './convert.js'
import { evaluate } from './evaluate.js'
import { boolValue, numberValue } from './make.js'
import { hasUnknown, refsOf, unknownOf } from './unknown.js'

export function evaluateUnary(expr: UnaryExpr, env: Env): Value {
  const operand = evaluate(expr.operand, env)
  if (expr.op === '!') {
    const b = asBool(operand)
    if (b !== undefined) return boolValue(!b, expr.span)
  } else {
    const n = asNumber(operand)
    if (n !== undefined) return numberValue(-n, expr.span)
  }
  return unknownOf(expr, env, refsOf([operand]))
}

/** `false && x` and `true || x` are settled whatever `x` is. */
function shortCircuit(expr: BinaryExpr, left: Value): Value | undefined {
  if (expr.op !== '&&' && expr.op !== '||') return undefined
  const b = asBool(left)
  if (b === false && expr.op === '&&') return boolValue(false, expr.span)
  if (b === true && expr.op === '||') return boolValue(true, expr.span)
  return undefined
}

export function evaluateBinary(expr: BinaryExpr, env: Env): Value {
  const left = evaluate(expr.left, env)
  const settled = shortCircuit(expr, left)
  if (settled !== undefined) return settled
  const right = evaluate(expr.right, env)
  return operate(expr.op, left, right, expr) ?? unknownOf(expr, env, refsOf([left, right]))
}

function operate(op: BinaryOp, left: Value, right: Value, expr: BinaryExpr): Value | undefined {
  switch (op) {
    case '==':
    case '!=':
      if (hasUnknown(left) || hasUnknown(right)) return undefined
      return boolValue(valuesEqual(left, right) === (op === '=='), expr.span)
    case '&&':
    case '||': {
      const a = asBool(left)
      const b = asBool(right)
      if (a === undefined || b === undefined) return undefined
      return boolValue(op === '&&' ? a && b : a || b, expr.span)
    }
    default:
      return arithmetic(op, asNumber(left), asNumber(right), expr)
  }
}

function arithmetic(
  op: BinaryOp,
  a: number | undefined,
  b: number | undefined,
  expr: BinaryExpr
): Value | undefined {
  if (a === undefined || b === undefined) return undefined
  switch (op) {
    case '<':
      return boolValue(a < b, expr.span)
    case '>':
      return boolValue(a > b, expr.span)
    case '<=':
      return boolValue(a <= b, expr.span)
    case '>=':
      return boolValue(a >= b, expr.span)
    case '+':
      return numberValue(a + b, expr.span)
    case '-':
      return numberValue(a - b, expr.span)
    case '*':
      return numberValue(a * b, expr.span)
    case '/':
      return b === 0 ? undefined : numberValue(a / b, expr.span)
    case '%':
      return b === 0 ? undefined : numberValue(a % b, expr.span)
    default:
      return undefined
  }
}

/** A known condition picks its branch; an unknown one leaves the result unknown, with the refs of all three parts. */
export function evaluateConditional(expr: ConditionalExpr, env: Env): Value {
  const test = evaluate(expr.test, env)
  const b = asBool(test)
  if (b !== undefined) return evaluate(b ? expr.then : expr.else, env)
  return unknownOf(expr, env, refsOf([test, evaluate(expr.then, env), evaluate(expr.else, env)]))
}
