import type { ListValue, MapValue, Span, Value } from '../../../model.js'

export function stringValue(value: string, span: Span): Value {
  return { kind: 'string', value, span }
}

export function numberValue(value: number, span: Span): Value {
  return { kind: 'number', value, span }
}

export function boolValue(value: boolean, span: Span): Value {
  return { kind: 'bool', value, span }
}

export function listValue(items: Value[], span: Span): ListValue {
  return { kind: 'list', items, span }
}

export function mapOf(entries: Map<string, Value>, span: Span, keySpans?: Map<string, Span>): MapValue {
  return keySpans === undefined ? { kind: 'map', entries, span } : { kind: 'map', entries, span, keySpans }
}
