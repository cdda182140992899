import type { ListValue, MapValue, Span, Value } from '../../../model.js'
import type { UnitScope } from './context.js'
import { unknownValue } from './unknown.js'

/**
 * A copy of `value` whose spans (its own and all inside it) are `span`: a
 * variable or local resolved where it is used points at the use, in the
 * file of the resource. Each node copied costs one unit of fuel; past the
 * depth or the fuel, the value becomes unknown.
 */
export function respan(value: Value, span: Span, unit: UnitScope, expr: string): Value {
  if (value.span === span) return value
  return copy(value, span, unit, expr, 0)
}

function copy(value: Value, span: Span, unit: UnitScope, expr: string, depth: number): Value {
  if (--unit.fuel < 0 || depth > unit.maxDepth) return unknownValue(expr, span, [])
  switch (value.kind) {
    case 'string':
    case 'number':
    case 'bool':
      return { kind: value.kind, value: value.value, span } as Value
    case 'null':
      return { kind: 'null', span }
    case 'unknown':
      return { ...value, span }
    case 'list':
      return copyList(value, span, unit, expr, depth)
    case 'map':
      return copyMap(value, span, unit, expr, depth)
  }
}

function copyList(value: ListValue, span: Span, unit: UnitScope, expr: string, depth: number): ListValue {
  const items = new Array<Value>(value.items.length)
  for (let i = 0; i < items.length; i++) items[i] = copy(value.items[i] as Value, span, unit, expr, depth + 1)
  return { kind: 'list', items, span }
}

function copyMap(value: MapValue, span: Span, unit: UnitScope, expr: string, depth: number): MapValue {
  const entries = new Map<string, Value>()
  const keySpans = new Map<string, Span>()
  for (const [key, item] of value.entries) {
    entries.set(key, copy(item, span, unit, expr, depth + 1))
    keySpans.set(key, span)
  }
  return { kind: 'map', entries, span, keySpans }
}
