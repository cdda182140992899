import type { Value } from '../../../model.js'
import type { EvalContext } from './context.js'
import { evaluate, evaluatePresent, intrinsicOf } from './evaluate.js'
import { callIntrinsic } from './functions.js'
import type { Call, Evaluated } from './results.js'
import { refsIn, scalarText, unknownCall } from './results.js'

/**
 * `Fn::If [condition, then, else]`: conditions turn on how the stack is
 * deployed, so the value is never guessed: unknown, naming the resources
 * either branch refers to.
 */
export function evalIf(call: Call, ctx: EvalContext): Evaluated {
  const arg = call.arg
  if (arg.kind !== 'list' || arg.items.length !== 3) return unknownCall(call)
  const branches = arg.items.slice(1).map(item => evaluate(item, ctx))
  return unknownCall(call, refsIn(branches))
}

/** `Condition: name` (inside `Fn::And`, `Fn::Or`, `Fn::Not`): a condition, so unknown. */
export function evalCondition(call: Call): Evaluated {
  return unknownCall(call)
}

/** `Fn::Equals [a, b]`: settled when both sides are known scalars, compared as text. */
export function evalEquals(call: Call, ctx: EvalContext): Evaluated {
  const arg = call.arg
  if (arg.kind !== 'list' || arg.items.length !== 2) return unknownCall(call)
  const [a, b] = arg.items.map(item => scalarText(evaluatePresent(item, ctx)))
  if (a === undefined || b === undefined) return unknownCall(call)
  return { kind: 'bool', value: a === b, span: call.node.span }
}

export function evalAnd(call: Call, ctx: EvalContext): Evaluated {
  return combine(call, ctx, 'and')
}

export function evalOr(call: Call, ctx: EvalContext): Evaluated {
  return combine(call, ctx, 'or')
}

export function evalNot(call: Call, ctx: EvalContext): Evaluated {
  const arg = call.arg
  const [only] = arg.kind === 'list' && arg.items.length === 1 ? arg.items : []
  const truth = only === undefined ? undefined : conditionTruth(only, ctx)
  return truth === undefined ? unknownCall(call) : { kind: 'bool', value: !truth, span: call.node.span }
}

/** Kleene logic: `and` is false if one operand is, `or` true if one is; otherwise unknown unless all are settled. */
function combine(call: Call, ctx: EvalContext, op: 'and' | 'or'): Evaluated {
  const arg = call.arg
  if (arg.kind !== 'list' || arg.items.length === 0) return unknownCall(call)
  const decisive = op === 'or'
  let unknown = false
  for (const item of arg.items) {
    const truth = conditionTruth(item, ctx)
    if (truth === decisive) return { kind: 'bool', value: decisive, span: call.node.span }
    if (truth === undefined) unknown = true
  }
  return unknown ? unknownCall(call) : { kind: 'bool', value: !decisive, span: call.node.span }
}

/** A condition operand: `{ Condition: name }` is unknown, anything else is evaluated. */
function conditionTruth(value: Value, ctx: EvalContext): boolean | undefined {
  const call = value.kind === 'map' ? intrinsicOf(value, true) : undefined
  const result = call === undefined ? evaluatePresent(value, ctx) : callIntrinsic(call, ctx)
  if (result === undefined || typeof result === 'symbol') return undefined
  if (result.kind === 'bool') return result.value
  if (result.kind === 'string' && (result.value === 'true' || result.value === 'false'))
    return result.value === 'true'
  return undefined
}
