import type { Value } from '../../../model.js'
import { toPlain } from '../../../values.js'
import { MAX_STRING } from '../limits.js'
import { builtString, indexOf, listArguments } from './arguments.js'
import type { EvalContext } from './context.js'
import { evaluatePresent } from './evaluate.js'
import type { Call, Evaluated } from './results.js'
import { hasUnknown, refsIn, respan, scalarText, stringAt, unknownCall } from './results.js'

/** `Fn::Join [delimiter, [items]]`: text when the delimiter and every item are known scalars. */
export function evalJoin(call: Call, ctx: EvalContext): Evaluated {
  const args = listArguments(call, ctx, 2)
  if (args === undefined) return unknownCall(call)
  const [delimiter, list] = args as [Value, Value]
  const separator = scalarText(delimiter)
  if (separator === undefined || list.kind !== 'list') return unknownCall(call, refsIn(args))
  const parts: string[] = []
  let length = 0
  for (const item of list.items) {
    const text = scalarText(item)
    if (text === undefined) return unknownCall(call, refsIn(args))
    length += text.length + separator.length
    if (length > MAX_STRING) return unknownCall(call, refsIn(args))
    parts.push(text)
  }
  return builtString(call, ctx, parts.join(separator))
}

/** `Fn::Split [delimiter, text]`: a list of text. */
export function evalSplit(call: Call, ctx: EvalContext): Evaluated {
  const args = listArguments(call, ctx, 2)
  if (args === undefined) return unknownCall(call)
  const [delimiter, source] = args.map(scalarText)
  if (delimiter === undefined || delimiter === '' || source === undefined)
    return unknownCall(call, refsIn(args))
  const span = call.node.span
  return { kind: 'list', items: source.split(delimiter).map(part => stringAt(part, span)), span }
}

/**
 * `Fn::Select [index, list]`: the item, at the call's place. Unknown when an
 * item up to the index is unknown: it may be a conditional `AWS::NoValue`
 * that shifts the items after it.
 */
export function evalSelect(call: Call, ctx: EvalContext): Evaluated {
  const args = listArguments(call, ctx, 2)
  if (args === undefined) return unknownCall(call)
  const [position, list] = args as [Value, Value]
  const index = indexOf(position)
  if (index === undefined || list.kind !== 'list' || index >= list.items.length)
    return unknownCall(call, refsIn(args))
  const before = list.items.slice(0, index + 1)
  if (before.some(item => item.kind === 'unknown')) return unknownCall(call, refsIn(before))
  return respan(list.items[index] as Value, call.node.span, ctx.budget) ?? unknownCall(call)
}

/** `Fn::Base64 text`: the text encoded, as CloudFormation passes it on. */
export function evalBase64(call: Call, ctx: EvalContext): Evaluated {
  const value = evaluatePresent(call.arg, ctx)
  const text = scalarText(value)
  if (text === undefined) return unknownCall(call, refsIn([value]))
  return builtString(call, ctx, Buffer.from(text, 'utf8').toString('base64'))
}

/** `Fn::Length list`: the number of items, when none of them could turn out to be `AWS::NoValue`. */
export function evalLength(call: Call, ctx: EvalContext): Evaluated {
  const value = evaluatePresent(call.arg, ctx)
  if (value.kind !== 'list' || value.items.some(item => item.kind === 'unknown'))
    return unknownCall(call, refsIn([value]))
  return { kind: 'number', value: value.items.length, span: call.node.span }
}

/** `Fn::ToJsonString value`: compact JSON of a value known all the way down. */
export function evalToJsonString(call: Call, ctx: EvalContext): Evaluated {
  const value = evaluatePresent(call.arg, ctx)
  if (hasUnknown(value)) return unknownCall(call, refsIn([value]))
  const text = value.kind === 'string' ? value.value : JSON.stringify(toPlain(value))
  return builtString(call, ctx, text)
}
