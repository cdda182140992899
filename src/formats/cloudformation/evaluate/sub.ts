import type { Value } from '../../../model.js'
import { MAX_STRING } from '../limits.js'
import { builtString } from './arguments.js'
import type { EvalContext } from './context.js'
import { evaluatePresent } from './evaluate.js'
import { parameterValue } from './parameter-value.js'
import type { Call, Evaluated } from './results.js'
import { refsIn, scalarText, unknownCall } from './results.js'

/** A part of a `Fn::Sub` template: literal text, or the name in `${name}`. */
type Part = { text: string } | { name: string }

/** What a `${name}` stands for: text, or unknown naming the resources it refers to. */
type Resolved = { text: string } | { refs: string[] }

/**
 * `Fn::Sub template` and `Fn::Sub [template, { name: value }]`: text when
 * every `${name}` is settled (a variable of the call, a parameter with a
 * default); `${Resource}` and `${Resource.Attribute}` refer to a resource,
 * `${AWS::Region}` and the other pseudo parameters depend on the deployment.
 * `${!text}` is the literal `${text}`.
 */
export function evalSub(call: Call, ctx: EvalContext): Evaluated {
  const [template, variables] = subArguments(call, ctx)
  if (template === undefined) return unknownCall(call, refsIn(variables === undefined ? [] : [variables]))
  const refs: string[] = []
  let text = ''
  let unknown = false
  for (const part of parseSubTemplate(template)) {
    const resolved = 'text' in part ? part : resolveName(part.name, variables, ctx)
    if ('refs' in resolved) {
      unknown = true
      refs.push(...resolved.refs)
    } else if (!unknown) {
      text += resolved.text
      if (text.length > MAX_STRING) return unknownCall(call, refs)
    }
  }
  return unknown ? unknownCall(call, refs) : builtString(call, ctx, text)
}

function subArguments(call: Call, ctx: EvalContext): [string | undefined, Value | undefined] {
  const arg = call.arg
  if (arg.kind !== 'list') {
    const template = evaluatePresent(arg, ctx)
    return [template.kind === 'string' ? template.value : undefined, undefined]
  }
  const [first, second] = arg.items
  if (first === undefined || arg.items.length > 2) return [undefined, undefined]
  const template = evaluatePresent(first, ctx)
  const variables = second === undefined ? undefined : evaluatePresent(second, ctx)
  return [template.kind === 'string' ? template.value : undefined, variables]
}

/** Splits a template into literal text and `${name}` references. */
export function parseSubTemplate(template: string): Part[] {
  const parts: Part[] = []
  let from = 0
  for (let at = template.indexOf('${'); at >= 0; at = template.indexOf('${', from)) {
    const close = template.indexOf('}', at + 2)
    if (close < 0) break
    if (at > from) parts.push({ text: template.slice(from, at) })
    if (template[at + 2] === '!') parts.push({ text: `\${${template.slice(at + 3, close)}}` })
    else parts.push({ name: template.slice(at + 2, close).trim() })
    from = close + 1
  }
  if (from < template.length) parts.push({ text: template.slice(from) })
  return parts
}

function resolveName(name: string, variables: Value | undefined, ctx: EvalContext): Resolved {
  if (variables !== undefined && variables.kind !== 'map') return { refs: refsIn([variables]) }
  const own = variables?.entries.get(name)
  if (own !== undefined) return asText(own)
  const parameter = ctx.template.parameters.get(name)
  if (parameter !== undefined) {
    const value = parameterValue(parameter)
    return value === undefined ? { refs: [] } : asText(value)
  }
  const id = name.split('.')[0] as string
  return { refs: ctx.template.resources.has(id) ? [id] : [] }
}

function asText(value: Value): Resolved {
  const text = scalarText(value)
  return text === undefined ? { refs: refsIn([value]) } : { text }
}
