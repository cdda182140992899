import type { MapValue, Span, Value } from './model.js'

/** Marker for an unsettled value in plain JS data (never equal to anything real). */
export const UNKNOWN = Symbol('unknown')

/** The value without spans, as plain JS data; unknown values become {@link UNKNOWN}. */
export function toPlain(value: Value): unknown {
  switch (value.kind) {
    case 'string':
    case 'number':
    case 'bool':
      return value.value
    case 'null':
      return null
    case 'list':
      return value.items.map(toPlain)
    case 'map': {
      const out: Record<string, unknown> = {}
      for (const [k, v] of value.entries) out[k] = toPlain(v)
      return out
    }
    case 'unknown':
      return UNKNOWN
  }
}

/** Structural equality ignoring spans; an unknown equals another unknown only with the same expression. */
export function valuesEqual(a: Value, b: Value): boolean {
  if (a.kind !== b.kind) return false
  switch (a.kind) {
    case 'string':
    case 'number':
    case 'bool':
      return a.value === (b as typeof a).value
    case 'null':
      return true
    case 'unknown':
      return a.expr === (b as typeof a).expr
    case 'list': {
      const items = (b as typeof a).items
      return a.items.length === items.length && a.items.every((v, i) => valuesEqual(v, items[i] as Value))
    }
    case 'map': {
      const other = (b as typeof a).entries
      if (a.entries.size !== other.size) return false
      for (const [k, v] of a.entries) {
        const w = other.get(k)
        if (w === undefined || !valuesEqual(v, w)) return false
      }
      return true
    }
  }
}

/** A short, single-line rendering of a value for messages (`"public-read"`, `true`, `[2 items]`). */
export function describeValue(value: Value, max = 60): string {
  let text: string
  switch (value.kind) {
    case 'string':
      text = JSON.stringify(value.value)
      break
    case 'number':
    case 'bool':
      text = String(value.value)
      break
    case 'null':
      text = 'null'
      break
    case 'list':
      text =
        value.items.length <= 3
          ? `[${value.items.map(v => describeValue(v, 20)).join(', ')}]`
          : `[${value.items.length} items]`
      break
    case 'map':
      text = `{${value.entries.size} keys}`
      break
    case 'unknown':
      text = value.expr
      break
  }
  text = text.replace(/\s+/g, ' ')
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

export function mapValue(entries: Map<string, Value>, span: Span): MapValue {
  return { kind: 'map', entries, span }
}
