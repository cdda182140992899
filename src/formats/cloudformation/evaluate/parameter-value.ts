import type { Value } from '../../../model.js'
import type { Parameter } from './context.js'
import { scalarText } from './results.js'

/**
 * What `Ref` to a parameter gives when the stack is deployed with its
 * default: text for a scalar type, a list of text for `CommaDelimitedList`
 * and `List<…>`. Undefined (unknown) without a default, and for
 * `AWS::SSM::Parameter::Value<…>`, whose default names a parameter in
 * Systems Manager rather than giving the value.
 */
export function parameterValue(parameter: Parameter): Value | undefined {
  const value = parameter.default
  if (value === undefined || parameter.type.startsWith('AWS::SSM::Parameter::Value<')) return undefined
  if (isListType(parameter.type)) {
    if (value.kind === 'list') return value.items.every(i => scalarText(i) !== undefined) ? value : undefined
    const text = scalarText(value)
    if (text === undefined) return undefined
    const items: Value[] = text.split(',').map(part => ({ kind: 'string', value: part, span: value.span }))
    return { kind: 'list', items, span: value.span }
  }
  const text = scalarText(value)
  return text === undefined ? undefined : { kind: 'string', value: text, span: value.span }
}

export function isListType(type: string): boolean {
  return type === 'CommaDelimitedList' || type.startsWith('List<')
}
