import type { Span, Value } from '../model.js'

/** Three-valued truth: a condition holds, does not hold, or cannot be settled statically. */
export type Truth = 'true' | 'false' | 'unknown'

/** Why a condition came out the way it did: where to point and what to say. */
export interface Evidence {
  span: Span
  /** Attribute path from the resource (or the related resource), e.g. `ingress[1].cidr_blocks`. */
  path: string
  message: string
  /** The value looked at; absent when the attribute is not set. */
  value?: Value
  /** For unknown verdicts: the expression that could not be settled. */
  expr?: string
}

export interface Verdict {
  truth: Truth
  evidence: Evidence
}

export function negate(truth: Truth): Truth {
  if (truth === 'unknown') return truth
  return truth === 'true' ? 'false' : 'true'
}

export function fromBoolean(holds: boolean): Truth {
  return holds ? 'true' : 'false'
}

/** Kleene conjunction of already-computed truths. */
export function and(truths: Iterable<Truth>): Truth {
  let result: Truth = 'true'
  for (const t of truths) {
    if (t === 'false') return 'false'
    if (t === 'unknown') result = 'unknown'
  }
  return result
}

/** Kleene disjunction of already-computed truths. */
export function or(truths: Iterable<Truth>): Truth {
  let result: Truth = 'false'
  for (const t of truths) {
    if (t === 'true') return 'true'
    if (t === 'unknown') result = 'unknown'
  }
  return result
}
