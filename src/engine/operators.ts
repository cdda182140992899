import type { Value } from '../model.js'
import type { Operator, Scalar } from './condition-syntax.js'
import type { Truth } from './truth.js'
import { and, fromBoolean, negate, or } from './truth.js'

/** An operator with its operand bound: decides one value (never an unknown one at the top). */
export type Test = (value: Value) => Truth

/**
 * Binds an operator to its operand (already checked for type). Scalars
 * compare loosely, as Terraform converts them (`"22"` equals `22`, `"true"`
 * equals `true`); a scalar counts as a one-item list for `in` and `not_in`,
 * so `Action = "*"` and `Action = ["*"]` read the same.
 */
export function bindOperator(operator: Operator, operand: unknown): Test {
  switch (operator) {
    case 'equals':
      return value => looseEquals(value, operand)
    case 'not_equals':
      return value => negate(looseEquals(value, operand))
    case 'in':
      return value => isIn(value, operand as Scalar[])
    case 'not_in':
      return value => negate(isIn(value, operand as Scalar[]))
    case 'matches':
      return bindMatches(new RegExp(operand as string))
    case 'not_matches': {
      const matches = bindMatches(new RegExp(operand as string))
      return value => negate(matches(value))
    }
    case 'matches_ignore_case':
      return bindMatches(new RegExp(operand as string, 'i'))
    case 'exists':
      return value => fromBoolean((value.kind !== 'null') === operand)
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return bindComparison(operator, operand as number)
    case 'contains':
      return value => contains(value, operand as Scalar)
    case 'contains_any':
      return value => or((operand as Scalar[]).map(item => contains(value, item)))
    case 'not_contains':
      return value => negate(contains(value, operand as Scalar))
    case 'entropy_gte':
      return bindEntropy(operand as number)
  }
}

/** Structural equality with loose scalars; unknown anywhere inside makes it unknown. */
export function looseEquals(value: Value, operand: unknown): Truth {
  switch (value.kind) {
    case 'unknown':
      return 'unknown'
    case 'null':
      return fromBoolean(operand === null)
    case 'string':
    case 'number':
    case 'bool':
      return fromBoolean(scalarEquals(value.value, operand))
    case 'list':
      if (!Array.isArray(operand) || operand.length !== value.items.length) return 'false'
      return and(value.items.map((item, i) => looseEquals(item, operand[i])))
    case 'map':
      return mapEquals(value.entries, operand)
    default:
      throw new Error(`unexpected value kind '${String((value as { kind: unknown }).kind)}'`)
  }
}

function scalarEquals(a: Scalar, b: unknown): boolean {
  if (typeof a === typeof b) return a === b
  if (b === null || typeof b === 'object' || b === undefined) return false
  return String(a) === String(b)
}

function mapEquals(entries: Map<string, Value>, operand: unknown): Truth {
  if (operand === null || typeof operand !== 'object' || Array.isArray(operand)) return 'false'
  const keys = Object.keys(operand)
  if (keys.length !== entries.size || keys.some(k => !entries.has(k))) return 'false'
  return and(keys.map(k => looseEquals(entries.get(k) as Value, (operand as Record<string, unknown>)[k])))
}

/** A list holds when some item is in the operand; any other value is a one-item list. */
function isIn(value: Value, operand: Scalar[]): Truth {
  const items = value.kind === 'list' ? value.items : [value]
  return or(items.map(item => or(operand.map(candidate => looseEquals(item, candidate)))))
}

function bindMatches(pattern: RegExp): Test {
  const test = (value: Value): Truth => {
    if (value.kind === 'unknown') return 'unknown'
    if (value.kind === 'list') return or(value.items.map(test))
    if (value.kind === 'string' || value.kind === 'number' || value.kind === 'bool') {
      return fromBoolean(pattern.test(String(value.value)))
    }
    return 'false'
  }
  return test
}

function bindComparison(operator: 'gt' | 'gte' | 'lt' | 'lte', operand: number): Test {
  return value => {
    const n = toNumber(value)
    if (n === undefined) return 'false'
    if (operator === 'gt') return fromBoolean(n > operand)
    if (operator === 'gte') return fromBoolean(n >= operand)
    if (operator === 'lt') return fromBoolean(n < operand)
    return fromBoolean(n <= operand)
  }
}

function toNumber(value: Value): number | undefined {
  if (value.kind === 'number') return value.value
  if (value.kind === 'string' && /^-?\d+(\.\d+)?$/.test(value.value.trim())) return Number(value.value)
  return undefined
}

/** A list contains an item; a string contains a substring; a map contains a key; a scalar contains itself. */
function contains(value: Value, item: Scalar): Truth {
  switch (value.kind) {
    case 'list':
      return or(value.items.map(v => looseEquals(v, item)))
    case 'string':
      return fromBoolean(value.value.includes(String(item)))
    case 'map':
      return fromBoolean(value.entries.has(String(item)))
    case 'null':
      return 'false'
    default:
      return looseEquals(value, item)
  }
}

/**
 * Strings whose Shannon entropy, in bits per character, reaches the operand;
 * a list holds when some item does. Random keys and tokens score high
 * (base64 near 6, hex near 4), words and sentences low; other kinds never hold.
 */
function bindEntropy(operand: number): Test {
  const test = (value: Value): Truth => {
    if (value.kind === 'unknown') return 'unknown'
    if (value.kind === 'list') return or(value.items.map(test))
    return fromBoolean(value.kind === 'string' && shannonEntropy(value.value) >= operand)
  }
  return test
}

/** Bits per character of a string, over its code points; 0 for the empty string. */
export function shannonEntropy(text: string): number {
  const counts = new Map<string, number>()
  let length = 0
  for (const char of text) {
    counts.set(char, (counts.get(char) ?? 0) + 1)
    length++
  }
  let bits = 0
  for (const count of counts.values()) {
    const p = count / length
    bits -= p * Math.log2(p)
  }
  return bits
}
