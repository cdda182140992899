import type { ListValue, MapValue, Span, Value } from '../../model.js'

/** Small constructors for the values a stage body is made of. */

export function str(value: string, span: Span): Value {
  return { kind: 'string', value, span }
}

export function bool(value: boolean, span: Span): Value {
  return { kind: 'bool', value, span }
}

export function num(value: number, span: Span): Value {
  return { kind: 'number', value, span }
}

export function list(items: Value[], span: Span): ListValue {
  return { kind: 'list', items, span }
}

/** A map of the given entries, leaving out the undefined ones (an attribute that is not set). */
export function record(entries: Iterable<readonly [string, Value | undefined]>, span: Span): MapValue {
  const map = new Map<string, Value>()
  for (const [key, value] of entries) if (value !== undefined) map.set(key, value)
  return { kind: 'map', entries: map, span }
}
