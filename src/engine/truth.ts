import type { Span, Value } from '../model.js'
import { describeValue } from '../values.js'

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

/**
 * Evidence about one value, its message written only when read: most
 * verdicts pass and nobody reads why, and describing a value is the
 * dearest part of judging it.
 */
export class ValueEvidence implements Evidence {
  constructor(
    readonly span: Span,
    readonly path: string,
    readonly value: Value
  ) {}

  get message(): string {
    return `\`${this.path}\` is ${describeValue(this.value)}`
  }
}

/** Evidence that an attribute is not set; `stand` is the default it takes, when the rule gives one. */
export class NotSetEvidence implements Evidence {
  constructor(
    readonly span: Span,
    readonly path: string,
    readonly stand: Value | undefined
  ) {}

  get message(): string {
    const note = this.stand === undefined ? '' : ` (defaults to ${describeValue(this.stand)})`
    return `\`${this.path}\` is not set${note}`
  }
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
