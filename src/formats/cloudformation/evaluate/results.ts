import type { ListValue, MapValue, Span, UnknownValue, Value } from '../../../model.js'
import { exprText } from '../expr-text.js'
import type { Budget } from './context.js'
import { spend } from './context.js'

/** `Ref: AWS::NoValue`: the property is removed, as if it had not been written. */
export const NO_VALUE = Symbol('AWS::NoValue')

export type Evaluated = Value | typeof NO_VALUE

/** An intrinsic as the template wrote it: its name, its argument, and the whole `{ Name: arg }` node. */
export interface Call {
  name: string
  arg: Value
  node: MapValue
}

/** The call as an unknown value at its own place, naming the resources it refers to. */
export function unknownCall(call: Call, refs: readonly string[] = []): UnknownValue {
  return unknownAt(exprText(call.node), call.node.span, refs)
}

export function unknownAt(expr: string, span: Span, refs: readonly string[] = []): UnknownValue {
  const unique = [...new Set(refs)]
  return unique.length === 0 ? { kind: 'unknown', expr, span } : { kind: 'unknown', expr, refs: unique, span }
}

/** Every resource named by unknown values in `values`, however deep. */
export function refsIn(values: readonly Evaluated[]): string[] {
  const refs: string[] = []
  const visit = (value: Evaluated, depth: number): void => {
    if (value === NO_VALUE || depth > 200) return
    if (value.kind === 'unknown') refs.push(...(value.refs ?? []))
    else if (value.kind === 'list') for (const item of value.items) visit(item, depth + 1)
    else if (value.kind === 'map') for (const item of value.entries.values()) visit(item, depth + 1)
  }
  for (const value of values) visit(value, 0)
  return refs
}

/** Whether a value is unknown or holds an unknown anywhere inside. */
export function hasUnknown(value: Value): boolean {
  if (value.kind === 'unknown') return true
  if (value.kind === 'list') return value.items.some(hasUnknown)
  if (value.kind === 'map') for (const item of value.entries.values()) if (hasUnknown(item)) return true
  return false
}

/** A scalar as CloudFormation turns it into text; undefined for anything else. */
export function scalarText(value: Value): string | undefined {
  if (value.kind === 'string') return value.value
  if (value.kind === 'number' || value.kind === 'bool') return String(value.value)
  return undefined
}

export function stringAt(value: string, span: Span): Value {
  return { kind: 'string', value, span }
}

/**
 * A copy of `value` placed at `span`, inside too: a parameter's default or a
 * mapping's entry, read where an intrinsic uses it, points at that use.
 * Each copied node costs a step; undefined when the budget runs out.
 */
export function respan(value: Value, span: Span, budget: Budget): Value | undefined {
  if (!spend(budget, 1)) return undefined
  switch (value.kind) {
    case 'list': {
      const items: Value[] = []
      for (const item of value.items) {
        const copy = respan(item, span, budget)
        if (copy === undefined) return undefined
        items.push(copy)
      }
      return { kind: 'list', items, span } satisfies ListValue
    }
    case 'map': {
      const entries = new Map<string, Value>()
      for (const [key, item] of value.entries) {
        const copy = respan(item, span, budget)
        if (copy === undefined) return undefined
        entries.set(key, copy)
      }
      return { kind: 'map', entries, span } satisfies MapValue
    }
    default:
      return { ...value, span }
  }
}
