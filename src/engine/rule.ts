import type { Format, Reference, Resource, Severity, Span } from '../model.js'
import type { Condition } from './compiled.js'

/** A control's metadata: what is wrong, why it matters, how to fix it, and where it comes from. */
export interface RuleMeta {
  id: string
  /** What is wrong, in one line. */
  title: string
  /** Matrix row id. */
  row: string
  severity: Severity
  references: Reference[]
  /** Why it matters, and on whose side of the line it falls. */
  explanation: string
  /** How to fix it. */
  remediation: string
  /** The evidence is a secret: messages show it masked, never in full. */
  sensitive: boolean
  formats: Format[]
  /** The rule file, relative to the rules' root (`rules/controls/s3/…/rule.yml`). */
  file: string
}

/** One rule's selector for one format, compiled. */
export interface CompiledSelector {
  rule: RuleMeta
  format: Format
  types: readonly string[]
  if?: Condition
  assert: Condition
  message?: string
}

export interface RuleSet {
  readonly rules: RuleMeta[]
  byId(id: string): RuleMeta | undefined
  /** The selectors that apply to a resource of this format and type, in rule id order. */
  applicable(format: Format, type: string): readonly CompiledSelector[]
}

export type OutcomeKind = 'pass' | 'fail' | 'unknown' | 'not-applicable' | 'error'

export interface Outcome {
  rule: RuleMeta
  resource: Resource
  outcome: OutcomeKind
  /** For `fail`: the evidence (failing value, matching item, or the block when an attribute is missing). */
  span: Span
  /** Attribute path of the evidence, e.g. `ingress[0]`, `storage_encrypted`; '' for the resource itself. */
  path: string
  message: string
  /** For `unknown`: the expression that could not be settled. */
  expr?: string
}
