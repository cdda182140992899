import type { Value } from '../../../model.js'
import type { EvalContext } from './context.js'
import { evaluate, evaluatePresent } from './evaluate.js'
import type { Call, Evaluated } from './results.js'
import { refsIn, respan, scalarText, unknownCall } from './results.js'

/**
 * `Fn::FindInMap [MapName, TopKey, SecondKey]` (with the optional
 * `{ DefaultValue: … }` of the language extensions): the entry of
 * `Mappings`, at the call's place. A key that is unknown (`!Ref AWS::Region`)
 * leaves it unknown; a missing entry takes the default when there is one.
 */
export function evalFindInMap(call: Call, ctx: EvalContext): Evaluated {
  const arg = call.arg
  if (arg.kind !== 'list' || (arg.items.length !== 3 && arg.items.length !== 4)) return unknownCall(call)
  const keys = arg.items.slice(0, 3).map(item => evaluatePresent(item, ctx))
  const names = keys.map(scalarText)
  if (names.some(name => name === undefined)) return unknownCall(call, refsIn(keys))
  const found = lookUp(ctx, names as string[])
  if (found !== undefined) return respan(found, call.node.span, ctx.budget) ?? unknownCall(call)
  const fallback = defaultOf(arg.items[3])
  return fallback === undefined ? unknownCall(call) : evaluate(fallback, ctx)
}

function lookUp(ctx: EvalContext, [map, top, second]: string[]): Value | undefined {
  let value: Value | undefined = ctx.template.mappings
  for (const key of [map, top, second] as string[]) {
    if (value?.kind !== 'map') return undefined
    value = value.entries.get(key)
  }
  return value
}

function defaultOf(options: Value | undefined): Value | undefined {
  return options?.kind === 'map' ? options.entries.get('DefaultValue') : undefined
}
