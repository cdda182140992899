import type { ListValue, MapValue, Span, Value } from '../../../model.js'
import { exprText } from '../expr-text.js'
import type { EvalContext } from './context.js'
import { spend } from './context.js'
import { callIntrinsic } from './functions.js'
import type { Call, Evaluated } from './results.js'
import { NO_VALUE, unknownAt } from './results.js'

/** The expression text of values left unknown because the file's evaluation budget ran out. */
export const EXHAUSTED = '(evaluation limit reached)'

/**
 * A template value with its intrinsics evaluated: plain values where the
 * template settles them, unknown values (with the resources they refer to)
 * where only a deployment could. `Ref: AWS::NoValue` removes the entry or
 * item it stands for. Never throws. Walking plain maps and lists is bounded
 * by the size of the document (the YAML reader caps alias expansion); every
 * call, copy and built character costs budget, and past it calls are unknown.
 */
export function evaluate(value: Value, ctx: EvalContext): Evaluated {
  switch (value.kind) {
    case 'list':
      return evaluateList(value, ctx)
    case 'map': {
      const call = intrinsicOf(value)
      if (call === undefined) return evaluateMap(value, ctx)
      return spend(ctx.budget, 1) ? callIntrinsic(call, ctx) : unknownAt(EXHAUSTED, value.span)
    }
    default:
      return value
  }
}

/** A value that must be present: `AWS::NoValue` where one is required is unknown. */
export function evaluatePresent(value: Value, ctx: EvalContext): Value {
  const result = evaluate(value, ctx)
  return result === NO_VALUE ? unknownAt(exprText(value), value.span) : result
}

/**
 * `{ Ref: … }`, `{ 'Fn::…': … }` (and, where conditions are read,
 * `{ Condition: … }`): a map with that one key. A map with more keys is data.
 */
export function intrinsicOf(map: MapValue, conditions = false): Call | undefined {
  if (map.entries.size !== 1) return undefined
  const [entry] = map.entries
  if (entry === undefined) return undefined
  const [name, arg] = entry
  if (name === 'Ref' || name.startsWith('Fn::') || (conditions && name === 'Condition'))
    return { name, arg, node: map }
  return undefined
}

function evaluateList(list: ListValue, ctx: EvalContext): ListValue {
  const items: Value[] = []
  for (const item of list.items) {
    const result = evaluate(item, ctx)
    if (result !== NO_VALUE) items.push(result)
  }
  return { kind: 'list', items, span: list.span }
}

function evaluateMap(map: MapValue, ctx: EvalContext): MapValue {
  const entries = new Map<string, Value>()
  const keySpans = new Map<string, Span>()
  for (const [key, item] of map.entries) {
    const result = evaluate(item, ctx)
    if (result === NO_VALUE) continue
    entries.set(key, result)
    const keySpan = map.keySpans?.get(key)
    if (keySpan !== undefined) keySpans.set(key, keySpan)
  }
  return { kind: 'map', entries, keySpans, span: map.span }
}
