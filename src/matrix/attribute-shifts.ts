import type { Resource, Shift, Value } from '../model.js'
import { describeValue } from '../values.js'
import { attributeOf } from './resource-values.js'
import { rowLabel } from './rows.js'
import type { AttributeShiftPattern, AttributeTypeRule, Side } from './shift-patterns.js'
import { located, moves } from './shift-text.js'
import type { Matrix } from './types.js'
import { sideOfValue } from './value-test.js'

/**
 * Shifts of one attribute pattern: for each resource of a listed type present
 * in base and head, the side its attribute puts the rows on before and after.
 * An unknown value, or an unset one without a known default, claims nothing.
 */
export function attributeShifts(
  matrix: Matrix,
  pattern: AttributeShiftPattern,
  base: readonly Resource[],
  head: readonly Resource[]
): Shift[] {
  const before = new Map(base.map(r => [r.key, r]))
  return head.flatMap(after => {
    const rule = Object.hasOwn(pattern.types, after.type) ? pattern.types[after.type] : undefined
    const old = before.get(after.key)
    return rule && old?.type === after.type ? shiftsOf(matrix, pattern, rule, old, after) : []
  })
}

function shiftsOf(
  matrix: Matrix,
  pattern: AttributeShiftPattern,
  rule: AttributeTypeRule,
  old: Resource,
  now: Resource
): Shift[] {
  const was = attributeOf(old, pattern.attribute)
  const is = attributeOf(now, pattern.attribute)
  const from = sideOf(pattern, rule, was, false)
  const to = sideOf(pattern, rule, is, was !== undefined)
  if (from === undefined || to === undefined || from === to) return []
  const line = is?.span.line ?? now.span.line
  const what = `${located(now, line)} ${changeText(pattern.attribute, rule, was, is)}`
  return pattern.rows.map(row => ({
    row,
    from,
    to,
    file: now.file,
    line,
    address: now.address,
    explanation: `${what}: ${pattern.reasons[to]}, ${moves(rowLabel(matrix, row), from, to)}`
  }))
}

/** The side of one state; `removed` is true for a head value whose base value was written. */
function sideOf(
  pattern: AttributeShiftPattern,
  rule: AttributeTypeRule,
  value: Value | undefined,
  removed: boolean
): Side | undefined {
  if (value !== undefined) return value.kind === 'unknown' ? undefined : sideOfValue(pattern, value)
  if (rule.default === undefined || (removed && rule.removalKeepsValue === true)) return undefined
  return sideOfValue(pattern, rule.default)
}

function changeText(
  attribute: string,
  rule: AttributeTypeRule,
  was: Value | undefined,
  is: Value | undefined
): string {
  const preset = rule.default === undefined ? '' : `, default ${JSON.stringify(rule.default)}`
  if (is === undefined) {
    const leaves =
      rule.default === undefined ? '' : `, which leaves the default ${JSON.stringify(rule.default)}`
    return `drops ${attribute} = ${describeValue(was as Value)}${leaves}`
  }
  return `sets ${attribute} = ${describeValue(is)} (was ${was === undefined ? `unset${preset}` : describeValue(was)})`
}
