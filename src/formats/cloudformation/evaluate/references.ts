import type { EvalContext } from './context.js'
import { EXHAUSTED, evaluatePresent } from './evaluate.js'
import { parameterValue } from './parameter-value.js'
import type { Call, Evaluated } from './results.js'
import { NO_VALUE, respan, unknownAt, unknownCall } from './results.js'

/**
 * `Ref`: a parameter's default (unknown without one), a resource (unknown,
 * naming it), `AWS::NoValue` (no value at all); pseudo parameters
 * (`AWS::Region`, `AWS::AccountId`, …) depend on the deployment: unknown.
 */
export function evalRef(call: Call, ctx: EvalContext): Evaluated {
  if (call.arg.kind !== 'string') return unknownCall(call)
  const name = call.arg.value
  if (name === 'AWS::NoValue') return NO_VALUE
  const parameter = ctx.template.parameters.get(name)
  if (parameter !== undefined) {
    const value = parameterValue(parameter)
    if (value === undefined) return unknownCall(call)
    return respan(value, call.node.span, ctx.budget) ?? unknownAt(EXHAUSTED, call.node.span)
  }
  return unknownCall(call, ctx.template.resources.has(name) ? [name] : [])
}

/** `Fn::GetAtt [Resource, Attribute]` (or `Resource.Attribute`): known only once deployed; names the resource. */
export function evalGetAtt(call: Call, ctx: EvalContext): Evaluated {
  const id = resourceOf(call, ctx)
  return unknownCall(call, id !== undefined && ctx.template.resources.has(id) ? [id] : [])
}

function resourceOf(call: Call, ctx: EvalContext): string | undefined {
  const arg = call.arg
  if (arg.kind === 'string') return arg.value.split('.')[0]
  if (arg.kind !== 'list') return undefined
  const [first] = arg.items
  if (first === undefined) return undefined
  const id = evaluatePresent(first, ctx)
  return id.kind === 'string' ? id.value : undefined
}
