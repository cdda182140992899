import type { Value } from '../model.js'
import { scalarOf } from './resource-values.js'
import type { AttributeCase, Side, ValueTest } from './shift-pattern-types.js'

/** The side a known value (or a default) puts a pattern's rows on; undefined when no case matches. */
export function sideOfValue(
  cases: readonly AttributeCase[],
  value: Value | boolean | string
): Side | undefined {
  const plain = typeof value === 'object' ? scalarOf(value) : value
  if (plain === undefined) return undefined
  return cases.find(c => passes(c.when, plain))?.side
}

/** Whether a plain scalar passes a test. */
export function passes(test: ValueTest, plain: string | number | boolean): boolean {
  if ('bool' in test) return plain === test.bool || plain === String(test.bool)
  if (typeof plain !== 'string') return false
  if ('oneOf' in test) return test.oneOf.includes(plain)
  if ('noneOf' in test) return !test.noneOf.includes(plain)
  if ('prefix' in test) return plain.startsWith(test.prefix)
  if ('notPrefix' in test) return !plain.startsWith(test.notPrefix)
  return true
}
