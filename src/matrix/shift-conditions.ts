import type { Resource, Value } from '../model.js'
import { describeValue } from '../values.js'
import { scalarOf, valuesAt } from './resource-values.js'
import type { Condition } from './shift-pattern-types.js'
import { passes } from './value-test.js'

/** A written value that made a condition hold, for sentences: `launch_type = "FARGATE"`, on line 12. */
export interface ConditionDetail {
  text: string
  line: number
}

export interface ConditionsCheck {
  holds: boolean
  /** What the recognising conditions read; exclusions (`noneOf`, `notPrefix`) and defaults go unsaid. */
  details: ConditionDetail[]
}

/** Whether every condition holds on the resource; an unknown value anywhere makes it fail. */
export function checkConditions(resource: Resource, conditions: readonly Condition[]): ConditionsCheck {
  const details: ConditionDetail[] = []
  for (const condition of conditions) {
    const check = checkCondition(resource, condition)
    if (!check.holds) return { holds: false, details: [] }
    if (check.detail !== undefined) details.push(check.detail)
  }
  return { holds: true, details }
}

function checkCondition(
  resource: Resource,
  condition: Condition
): { holds: boolean; detail?: ConditionDetail } {
  const values = valuesAt(resource, condition.attribute)
  if ('absent' in condition) return { holds: values.length === 0 }
  const items = values.flatMap(leaves)
  if (items.some(item => item.kind === 'unknown')) return { holds: false }
  if (items.length === 0) {
    return { holds: condition.default !== undefined && passes(condition.is, condition.default) }
  }
  const holds = items.every(item => {
    const plain = scalarOf(item)
    return plain !== undefined && passes(condition.is, plain)
  })
  const first = values[0] as Value
  if (!holds || 'noneOf' in condition.is || 'notPrefix' in condition.is) return { holds }
  return {
    holds,
    detail: { text: `${condition.attribute} = ${describeValue(first)}`, line: first.span.line }
  }
}

/** A value's items, lists flattened: a list attribute passes when each of its items does. */
function leaves(value: Value): Value[] {
  return value.kind === 'list' ? value.items.flatMap(leaves) : [value]
}
