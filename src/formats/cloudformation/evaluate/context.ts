import type { MapValue, Value } from '../../../model.js'

/** A template parameter: its type and, when it has one, its default. */
export interface Parameter {
  type: string
  default: Value | undefined
}

/** What intrinsics may look up: the names a template declares. */
export interface Template {
  parameters: ReadonlyMap<string, Parameter>
  mappings: MapValue | undefined
  /** Logical ids of the template's resources. */
  resources: ReadonlySet<string>
  conditions: ReadonlySet<string>
}

/** Work left for one file; once spent, values are unknown. */
export interface Budget {
  fuel: number
  exhausted: boolean
}

export interface EvalContext {
  template: Template
  budget: Budget
}

/** Takes `cost` from the budget; false (and marked exhausted) when there is not enough left. */
export function spend(budget: Budget, cost: number): boolean {
  if (budget.fuel < cost) {
    budget.fuel = 0
    budget.exhausted = true
    return false
  }
  budget.fuel -= cost
  return true
}
