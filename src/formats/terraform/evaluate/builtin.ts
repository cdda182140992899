import type { Span, Value } from '../../../model.js'
import type { UnitScope } from './context.js'

/** What a built-in function sees besides its arguments. */
export interface CallSite {
  span: Span
  unit: UnitScope
}

/**
 * A pure function of known arguments. It returns undefined when it cannot
 * settle the result (wrong arity or types, or a case Terraform would reject),
 * which makes the call unknown.
 */
export type Builtin = (args: Value[], site: CallSite) => Value | undefined
