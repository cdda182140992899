import type { Resource, Shift } from '../model.js'
import { readState, ruleFor, sideOfState, writtenText } from './attribute-shift-state.js'
import { attributeAt, refersTo, refsIn, unitOf } from './resource-values.js'
import type { AttributeShiftPattern, AttributeTypeRule } from './shift-pattern-types.js'
import { shiftsForRows } from './shift-rows.js'
import { located, removedFrom } from './shift-text.js'
import type { Matrix } from './types.js'
import { sideOfValue } from './value-test.js'

type Configuring = AttributeTypeRule & { configures: NonNullable<AttributeTypeRule['configures']> }

/**
 * Shifts from resources that only configure another one (a Terraform
 * `aws_lambda_runtime_management_config` for its function): adding one sets
 * the setting, removing one restores the configured resource's default. Both
 * count only while the configured resource, which the configuring one must
 * name by reference, is in base and head of the same unit: a new function
 * created with a setting is a finding for the controls, not a shift.
 */
export function configuringShifts(
  matrix: Matrix,
  pattern: AttributeShiftPattern,
  base: readonly Resource[],
  head: readonly Resource[]
): Shift[] {
  const baseKeys = new Set(base.map(r => r.key))
  const headKeys = new Set(head.map(r => r.key))
  const added = head.filter(r => !baseKeys.has(r.key))
  const removed = base.filter(r => !headKeys.has(r.key))
  return [
    ...added.flatMap(config => addedShifts(matrix, pattern, config, { base, head })),
    ...removed.flatMap(config => removedShifts(matrix, pattern, config, { base, head }))
  ]
}

interface Sides {
  base: readonly Resource[]
  head: readonly Resource[]
}

function configuringRule(pattern: AttributeShiftPattern, resource: Resource): Configuring | undefined {
  const rule = ruleFor(pattern, resource)
  return rule?.configures ? (rule as Configuring) : undefined
}

function addedShifts(
  matrix: Matrix,
  pattern: AttributeShiftPattern,
  config: Resource,
  { base, head }: Sides
): Shift[] {
  const rule = configuringRule(pattern, config)
  const target = rule && configuredResource(config, rule, head)
  if (!rule || !target || !base.some(r => r.key === target.key)) return []
  const is = readState(pattern, rule, config, head)
  const from = sideOfValue(pattern.cases, rule.configures.default)
  const to = sideOfState(pattern, rule, is, false)
  if (is.value === undefined || from === undefined || to === undefined || from === to) return []
  const line = is.value.span.line
  const what =
    `${located(config, line)} sets ${is.path} = ${writtenText(is)} for ${target.address} ` +
    `(was not configured, default ${JSON.stringify(rule.configures.default)})`
  const place = { file: config.file, line, address: config.address }
  return shiftsForRows(matrix, pattern.rows, place, { what, reason: pattern.reasons[to], from, to })
}

function removedShifts(
  matrix: Matrix,
  pattern: AttributeShiftPattern,
  config: Resource,
  { base, head }: Sides
): Shift[] {
  const rule = configuringRule(pattern, config)
  const target = rule && configuredResource(config, rule, base)
  const kept = target && head.find(r => r.key === target.key)
  if (!rule || !kept || rule.removalKeepsValue === true) return []
  const was = readState(pattern, rule, config, base)
  const from = sideOfState(pattern, rule, was, false)
  const to = sideOfValue(pattern.cases, rule.configures.default)
  if (was.value === undefined || from === undefined || to === undefined || from === to) return []
  const what =
    `${located(kept)} loses ${removedFrom(config)} with ${was.path} = ${writtenText(was)}, ` +
    `which leaves the default ${JSON.stringify(rule.configures.default)}`
  const place = { file: kept.file, line: kept.span.line, address: kept.address }
  return shiftsForRows(matrix, pattern.rows, place, { what, reason: pattern.reasons[to], from, to })
}

/** The one resource of the unit the configuring resource refers to; none or several claim nothing. */
function configuredResource(
  config: Resource,
  rule: Configuring,
  snapshot: readonly Resource[]
): Resource | undefined {
  const value = attributeAt(config, rule.configures.attribute)
  const refs = value === undefined ? [] : refsIn(value)
  const unit = unitOf(config)
  const found = snapshot.filter(
    r => r !== config && unitOf(r) === unit && refs.some(ref => refersTo(ref, r.address))
  )
  return found.length === 1 ? found[0] : undefined
}
