import type { Value } from '../../../model.js'
import { MAX_STRING } from '../limits.js'
import type { EvalContext } from './context.js'
import { spend } from './context.js'
import { evaluatePresent } from './evaluate.js'
import type { Call } from './results.js'
import { stringAt, unknownCall } from './results.js'

/**
 * The evaluated items of a call whose argument is a list of `count` items
 * (`Fn::Join [delimiter, list]`); undefined when the argument has another
 * shape, which leaves the call unknown.
 */
export function listArguments(call: Call, ctx: EvalContext, count: number): Value[] | undefined {
  const arg = call.arg
  if (arg.kind !== 'list' || arg.items.length !== count) return undefined
  return arg.items.map(item => evaluatePresent(item, ctx))
}

/**
 * A string an intrinsic built, at the call's place; unknown when it is
 * longer than {@link MAX_STRING} or the budget cannot pay for its characters.
 */
export function builtString(call: Call, ctx: EvalContext, text: string): Value {
  if (text.length > MAX_STRING || !spend(ctx.budget, text.length)) return unknownCall(call)
  return stringAt(text, call.node.span)
}

/** An integer index, written as a number or as text (`Ref` to a `Number` parameter gives text). */
export function indexOf(value: Value): number | undefined {
  const n = value.kind === 'number' ? value.value : value.kind === 'string' ? Number(value.value) : NaN
  return Number.isInteger(n) && n >= 0 ? n : undefined
}
