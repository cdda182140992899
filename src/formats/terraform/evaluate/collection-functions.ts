import { valuesEqual } from '../../../values.js'
import type { MapValue, Span, Value } from '../../../model.js'
import type { Builtin } from './builtin.js'
import { asNumber, asString } from './convert.js'
import { boolValue, listValue, mapOf, numberValue, stringValue } from './make.js'

function lists(args: Value[]): Value[][] | undefined {
  const out: Value[][] = []
  for (const arg of args) {
    if (arg.kind !== 'list') return undefined
    out.push(arg.items)
  }
  return out
}

/** A key that is equal for equal primitives; undefined for lists and maps. */
function primitiveKey(value: Value): string | undefined {
  switch (value.kind) {
    case 'string':
    case 'number':
    case 'bool':
      return `${value.kind}:${String(value.value)}`
    case 'null':
      return 'null'
    default:
      return undefined
  }
}

/** The items without repeats, first occurrence kept; undefined when too many structured items to compare. */
function distinctItems(items: Value[]): Value[] | undefined {
  const seen = new Set<string>()
  const out: Value[] = []
  for (const item of items) {
    const key = primitiveKey(item)
    if (key !== undefined) {
      if (!seen.has(key)) out.push(item)
      seen.add(key)
    } else if (items.length > MAX_PAIRWISE) {
      return undefined
    } else if (!out.some(other => valuesEqual(other, item))) {
      out.push(item)
    }
  }
  return out
}

/** Lists longer than this are not compared item by item (quadratic). */
const MAX_PAIRWISE = 1000

const merge: Builtin = (args, site) => {
  const entries = new Map<string, Value>()
  const keySpans = new Map<string, Span>()
  for (const arg of args) {
    if (arg.kind === 'null') continue
    if (arg.kind !== 'map') return undefined
    for (const [key, value] of arg.entries) {
      entries.set(key, value)
      keySpans.set(key, arg.keySpans?.get(key) ?? value.span)
    }
  }
  return mapOf(entries, site.span, keySpans)
}

const lookup: Builtin = ([map, key, fallback, ...rest]) => {
  const name = key === undefined ? undefined : asString(key)
  if (map?.kind !== 'map' || name === undefined || rest.length > 0) return undefined
  return map.entries.get(name) ?? fallback
}

const length: Builtin = (args, site) => {
  const [value] = args
  if (args.length !== 1 || value === undefined) return undefined
  if (value.kind === 'list') return numberValue(value.items.length, site.span)
  if (value.kind === 'map') return numberValue(value.entries.size, site.span)
  if (value.kind === 'string') return numberValue([...value.value].length, site.span)
  return undefined
}

const element: Builtin = ([list, at, ...rest]) => {
  const i = at === undefined ? undefined : asNumber(at)
  if (list?.kind !== 'list' || list.items.length === 0 || i === undefined || rest.length > 0) return undefined
  return list.items[Math.floor(i) % list.items.length]
}

const contains: Builtin = ([list, value, ...rest], site) => {
  if (list?.kind !== 'list' || value === undefined || rest.length > 0) return undefined
  return boolValue(
    list.items.some(item => valuesEqual(item, value)),
    site.span
  )
}

const join: Builtin = ([sep, ...rest], site) => {
  const separator = sep === undefined ? undefined : asString(sep)
  const all = lists(rest)
  if (separator === undefined || all === undefined || all.length === 0) return undefined
  const texts = all.flat().map(asString)
  if (texts.some(t => t === undefined)) return undefined
  return stringValue(texts.join(separator), site.span)
}

function mapParts(f: (map: MapValue, site: Span) => Value[]): Builtin {
  return ([map, ...rest], site) =>
    map?.kind === 'map' && rest.length === 0 ? listValue(f(map, site.span), site.span) : undefined
}

function flatten(items: Value[], depth: number): Value[] | undefined {
  if (depth > 64) return undefined
  const out: Value[] = []
  for (const item of items) {
    if (item.kind !== 'list') out.push(item)
    else {
      const inner = flatten(item.items, depth + 1)
      if (inner === undefined) return undefined
      out.push(...inner)
    }
  }
  return out
}

function numbers(args: Value[]): number[] | undefined {
  const out = args.map(asNumber)
  return args.length === 0 || out.some(n => n === undefined) ? undefined : (out as number[])
}

function extreme(args: Value[], pick: (a: number, b: number) => number): number | undefined {
  const ns = numbers(args)
  return ns?.reduce((a, b) => pick(a, b))
}

function distinctList(list: Value | undefined, rest: Value[], site: { span: Span }): Value | undefined {
  if (list?.kind !== 'list' || rest.length > 0) return undefined
  const items = distinctItems(list.items)
  return items === undefined ? undefined : listValue(items, site.span)
}

export const COLLECTION_FUNCTIONS: Record<string, Builtin> = {
  concat: (args, site) => {
    const all = lists(args)
    return all === undefined ? undefined : listValue(all.flat(), site.span)
  },
  merge,
  lookup,
  length,
  element,
  contains,
  join,
  keys: mapParts((map, span) =>
    [...map.entries.keys()].map(key => stringValue(key, map.keySpans?.get(key) ?? span))
  ),
  values: mapParts(map => [...map.entries.values()]),
  tolist: ([list, ...rest]) => (list?.kind === 'list' && rest.length === 0 ? list : undefined),
  toset: ([list, ...rest], site) => distinctList(list, rest, site),
  tomap: ([map, ...rest]) => (map?.kind === 'map' && rest.length === 0 ? map : undefined),
  distinct: ([list, ...rest], site) => distinctList(list, rest, site),
  compact: ([list, ...rest], site) =>
    list?.kind === 'list' && rest.length === 0
      ? listValue(
          list.items.filter(item => !(item.kind === 'null' || (item.kind === 'string' && item.value === ''))),
          site.span
        )
      : undefined,
  flatten: ([list, ...rest], site) => {
    const flat = list?.kind === 'list' && rest.length === 0 ? flatten(list.items, 0) : undefined
    return flat === undefined ? undefined : listValue(flat, site.span)
  },
  coalesce: args => args.find(arg => arg.kind !== 'null' && !(arg.kind === 'string' && arg.value === '')),
  coalescelist: args =>
    lists(args) === undefined ? undefined : args.find(arg => arg.kind === 'list' && arg.items.length > 0),
  min: (args, site) => {
    const n = extreme(args, Math.min)
    return n === undefined ? undefined : numberValue(n, site.span)
  },
  max: (args, site) => {
    const n = extreme(args, Math.max)
    return n === undefined ? undefined : numberValue(n, site.span)
  },
  abs: (args, site) => {
    const ns = numbers(args)
    return ns?.length === 1 ? numberValue(Math.abs(ns[0] as number), site.span) : undefined
  },
  tonumber: ([value, ...rest], site) => {
    const n = value === undefined || rest.length > 0 ? undefined : asNumber(value)
    return n === undefined ? undefined : numberValue(n, site.span)
  },
  tobool: ([value, ...rest], site) => {
    if (value === undefined || rest.length > 0) return undefined
    if (value.kind === 'bool') return value
    return value.kind === 'string' && (value.value === 'true' || value.value === 'false')
      ? boolValue(value.value === 'true', site.span)
      : undefined
  }
}
