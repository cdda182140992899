import type { Value } from '../model.js'
import { scalarOf } from './resource-values.js'
import type { AttributeShiftPattern, Side, ValueTest } from './shift-patterns.js'

/** The side a known value puts the pattern's rows on; undefined when no case matches. */
export function sideOfValue(
  pattern: AttributeShiftPattern,
  value: Value | boolean | string
): Side | undefined {
  const plain = typeof value === 'object' ? scalarOf(value) : value
  if (plain === undefined) return undefined
  return pattern.cases.find(c => passes(c.when, plain))?.side
}

function passes(test: ValueTest, plain: string | number | boolean): boolean {
  if ('bool' in test) return plain === test.bool || plain === String(test.bool)
  if ('oneOf' in test) return typeof plain === 'string' && test.oneOf.includes(plain)
  return typeof plain === 'string'
}
