import type { Format, Owner } from '../model.js'

/**
 * The shapes of the responsibility-shift patterns of `shift-patterns.ts`.
 * Every resource type a pattern names is keyed by its name and says its
 * format: Terraform, CloudFormation and serverless.yml name the same setting
 * differently, so each type entry carries its own attribute where it differs.
 */

/** Who carries the rows in a given state: AWS, the customer, or both (EKS managed node groups). */
export type Side = Owner

/**
 * A test on a known value. Booleans also match the strings "true"/"false"
 * (Terraform coerces them); the string tests never match a boolean.
 */
export type ValueTest =
  | { bool: boolean }
  | { oneOf: readonly string[] }
  | { noneOf: readonly string[] }
  | { prefix: string }
  | { notPrefix: string }
  | { anyString: true }

/**
 * A fact about one resource, read at a dot path (`capacity_provider_strategy.capacity_provider`):
 * lists on the way are mapped over, and every item found must pass `is`. A
 * value not written takes `default`; without a default the condition fails.
 * `absent` holds only when nothing is written at the path. Any unknown part
 * makes the condition fail: ambiguity claims nothing.
 */
export type Condition =
  { attribute: string; is: ValueTest; default?: boolean | string } | { attribute: string; absent: true }

export interface AttributeTypeRule {
  format: Format
  /**
   * Where the attribute sits in this type's body, when it is not the
   * pattern's `attribute`: a dot path, or several tried in order (the first
   * one written counts), for settings written in more than one shape.
   */
  attribute?: string | readonly string[]
  /** The value the resource has when the attribute is not written; absent: no claim. */
  default?: boolean | string
  /**
   * Deleting the attribute leaves the live value as it is (a Terraform
   * Optional + Computed attribute without a default; a CloudFormation property,
   * whose removal the services do not promise to reset), so it claims nothing.
   */
  removalKeepsValue?: boolean
  /**
   * The address of a resource of the same unit whose value applies when this
   * one writes none: a serverless.yml function takes the provider's setting.
   */
  inheritsFrom?: string
  /**
   * The type only configures another resource, which its `configures.attribute`
   * refers to (a Terraform `aws_lambda_runtime_management_config` and its
   * `function_name`): adding it sets the value, and removing it restores
   * `configures.default` on the configured resource, as long as that resource
   * is in base and head of the same unit.
   */
  configures?: { attribute: string; default: boolean | string }
}

export interface AttributeCase {
  when: ValueTest
  side: Side
}

export interface AttributeShiftPattern {
  kind: 'attribute'
  id: string
  /** The attribute most types write it under; a type entry names its own where it differs. */
  attribute: string
  /** Resource type → how that type (of its format) treats the attribute. */
  types: Readonly<Record<string, AttributeTypeRule>>
  rows: readonly string[]
  /** First matching case wins; a known value that matches none claims nothing. */
  cases: readonly AttributeCase[]
  /** Why the rows move, by the side they move to; completes "…: <reason>, so <rows> move from X to Y". */
  reasons: Readonly<Partial<Record<Side, string>>>
}

export interface TextEvidence {
  /** Attribute paths whose known text (list items, map keys and values, decoded base64) is searched. */
  attributes: readonly string[]
  pattern: RegExp
}

export interface PortEvidence {
  /** Attribute paths holding references to security groups of the same unit. */
  attributes: readonly string[]
  ports: readonly number[]
}

/** How a format's resources show that they run the workload themselves. */
export interface SelfManagedEvidence {
  mentions?: TextEvidence
  openPorts?: PortEvidence
}

/** One way a managed resource is recognised: its type, and conditions that must all hold. */
export interface ManagedWhen {
  type: string
  all: readonly Condition[]
}

export interface ReplacementShiftPattern {
  kind: 'replacement'
  id: string
  /** What the self-managed resource runs, for sentences ("with a database you run"). */
  workload: string
  /**
   * Self-managed resources: their types, and per format the evidence that
   * they run the workload. Without `evidence` the type alone is enough (an
   * EC2 instance always has an operating system to patch); with it, a format
   * it does not list claims nothing.
   */
  selfManaged: {
    types: readonly string[]
    evidence?: Readonly<Partial<Record<Format, SelfManagedEvidence>>>
  }
  /**
   * Managed resources: a type listed in `types` counts as it is, unless
   * `when` has entries for it; then one of them must hold (an ECS service
   * only on Fargate).
   */
  managed: { types: readonly string[]; when?: readonly ManagedWhen[] }
  /** Who carries the rows once the managed resource runs the workload; the other side is the customer. */
  managedSide: Side
  rows: readonly string[]
  /** Why the rows move: to the managed side, and back to the customer. */
  reasons: Readonly<{ toManaged: string; toSelfManaged: string }>
}

export type ShiftPattern = AttributeShiftPattern | ReplacementShiftPattern
