import type { Span, Value } from '../../../model.js'
import type { ForExpr } from '../parse/ast.js'
import { type Env, bind } from './context.js'
import { asBool, asString } from './convert.js'
import { type Element, elementsOf } from './elements.js'
import { evaluate } from './evaluate.js'
import { refsOf, unknownOf } from './unknown.js'

/** The scope of one iteration: the value (and key) variables bound to the element. */
export function iterationEnv(env: Env, keyVar: string | null, valueVar: string, element: Element): Env {
  const withKey = keyVar === null ? env : bind(env, keyVar, element.key)
  return bind(withKey, valueVar, element.value)
}

/** Iteration outcome: keep the element, skip it, or give up (an unknown condition). */
function keep(expr: ForExpr, env: Env): boolean | Value {
  if (expr.test === null) return true
  const test = evaluate(expr.test, env)
  const b = asBool(test)
  return b === undefined ? test : b
}

/** `[for …]` and `{for …}` over a known collection; otherwise unknown. */
export function evaluateFor(expr: ForExpr, env: Env): Value {
  const collection = evaluate(expr.collection, env)
  const elements = elementsOf(collection)
  if (elements === undefined) return unknownOf(expr, env, refsOf([collection]))
  return expr.key === null ? forList(expr, env, elements) : forMap(expr, env, elements)
}

function forList(expr: ForExpr, env: Env, elements: Element[]): Value {
  const items: Value[] = []
  for (const element of elements) {
    const inner = iterationEnv(env, expr.keyVar, expr.valueVar, element)
    const kept = keep(expr, inner)
    if (kept === false) continue
    if (kept !== true) return unknownOf(expr, env, refsOf([kept]))
    items.push(evaluate(expr.value, inner))
  }
  return { kind: 'list', items, span: expr.span }
}

function forMap(expr: ForExpr, env: Env, elements: Element[]): Value {
  const entries = new Map<string, Value>()
  const keySpans = new Map<string, Span>()
  for (const element of elements) {
    const inner = iterationEnv(env, expr.keyVar, expr.valueVar, element)
    const kept = keep(expr, inner)
    if (kept === false) continue
    if (kept !== true) return unknownOf(expr, env, refsOf([kept]))
    const key = evaluate(expr.key as NonNullable<ForExpr['key']>, inner)
    const name = asString(key)
    // An unknown key, or a duplicate key without `...`, cannot be settled.
    if (name === undefined || (!expr.group && entries.has(name))) return unknownOf(expr, env, refsOf([key]))
    const value = evaluate(expr.value, inner)
    if (expr.group) {
      const group = entries.get(name)
      if (group?.kind === 'list') group.items.push(value)
      else entries.set(name, { kind: 'list', items: [value], span: expr.span })
    } else {
      entries.set(name, value)
    }
    keySpans.set(name, key.span)
  }
  return { kind: 'map', entries, span: expr.span, keySpans }
}
