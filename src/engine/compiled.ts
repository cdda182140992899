import type { Resource } from '../model.js'
import type { RelatedIndex } from './related-index.js'
import type { Scope } from './resolve-path.js'
import type { Verdict } from './truth.js'

/** What a compiled condition sees besides its scope: the resource under test and its neighbours. */
export interface EvalContext {
  resource: Resource
  related: RelatedIndex
}

/** A condition compiled once into a closure. */
export type Condition = (ctx: EvalContext, scope: Scope) => Verdict
