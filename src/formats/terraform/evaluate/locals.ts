import type { Value } from '../../../model.js'
import type { UnitScope } from './context.js'
import { evaluate } from './evaluate.js'
import { unknownValue } from './unknown.js'

/**
 * The value of `local.<name>`, evaluated once and remembered; a local that
 * refers back to itself (directly or through others) is unknown.
 */
export function resolveLocal(unit: UnitScope, name: string): Value | undefined {
  const local = unit.locals.get(name)
  if (local === undefined) return undefined
  if (local.state === 'done') return local.value ?? undefined
  if (local.state === 'evaluating')
    return unknownValue(`local.${name}`, { line: 1, column: 1, endLine: 1, endColumn: 1 }, [])
  local.state = 'evaluating'
  const value = evaluate(local.expr, { unit, text: local.text, scope: null })
  local.value = value
  local.state = 'done'
  return value
}
