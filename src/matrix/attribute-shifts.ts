import type { Resource, Shift } from '../model.js'
import { changeText, readState, ruleFor, sideOfState } from './attribute-shift-state.js'
import { configuringShifts } from './configuring-resource-shifts.js'
import type { AttributeShiftPattern, AttributeTypeRule } from './shift-pattern-types.js'
import { shiftsForRows } from './shift-rows.js'
import { located } from './shift-text.js'
import type { Matrix } from './types.js'

/**
 * Shifts of one attribute pattern: for each resource of a listed type (in
 * its format) present in base and head, the side its attribute puts the rows
 * on before and after. Resources that only configure another one (their type
 * rule says `configures`) also count when they are added or removed.
 */
export function attributeShifts(
  matrix: Matrix,
  pattern: AttributeShiftPattern,
  base: readonly Resource[],
  head: readonly Resource[]
): Shift[] {
  const before = new Map(base.map(r => [r.key, r]))
  const kept = head.flatMap(now => {
    const rule = ruleFor(pattern, now)
    const old = before.get(now.key)
    return rule && old?.type === now.type ? keptShifts(matrix, pattern, rule, { old, now, base, head }) : []
  })
  return [...kept, ...configuringShifts(matrix, pattern, base, head)]
}

interface KeptResource {
  old: Resource
  now: Resource
  base: readonly Resource[]
  head: readonly Resource[]
}

function keptShifts(
  matrix: Matrix,
  pattern: AttributeShiftPattern,
  rule: AttributeTypeRule,
  { old, now, base, head }: KeptResource
): Shift[] {
  const was = readState(pattern, rule, old, base)
  const is = readState(pattern, rule, now, head)
  const from = sideOfState(pattern, rule, was, false)
  const to = sideOfState(pattern, rule, is, was.value !== undefined)
  if (from === undefined || to === undefined || from === to) return []
  const line = is.value?.span.line ?? now.span.line
  const what = `${located(now, line)} ${changeText(rule, was, is)}`
  return shiftsForRows(
    matrix,
    pattern.rows,
    { file: now.file, line, address: now.address },
    { what, reason: pattern.reasons[to], from, to }
  )
}
