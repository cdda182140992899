/**
 * The uniform resource model every format parses into, and the report every
 * renderer reads. Plain data only: no classes, nothing that cannot be
 * serialised, so that every stage between sources and render stays pure.
 */

/** A region of a file; lines and columns are 1-based, the end is inclusive of its last character. */
export interface Span {
  line: number
  column: number
  endLine: number
  endColumn: number
}

/** Every format Demarc reads; the parsers live in `src/formats/<format>/`. */
export const FORMATS = [
  'terraform',
  'cloudformation',
  'kubernetes',
  'dockerfile',
  'compose',
  'serverless',
  'appconfig'
] as const

export type Format = (typeof FORMATS)[number]

/**
 * A value as static analysis sees it. `unknown` is an expression that cannot
 * be settled without running anything (e.g. `var.x` without a default, or an
 * attribute of another resource); `refs` names the resources it points at so
 * that cross-resource links can still be followed.
 */
export type Value =
  | { kind: 'string'; value: string; span: Span }
  | { kind: 'number'; value: number; span: Span }
  | { kind: 'bool'; value: boolean; span: Span }
  | { kind: 'null'; span: Span }
  | ListValue
  | MapValue
  | UnknownValue

export interface ListValue {
  kind: 'list'
  items: Value[]
  span: Span
}

/**
 * A map or an object. Nested blocks (Terraform `ingress { … }`) are stored as
 * a list of maps under the block type, always a list even for one block,
 * so that rules read `ingress` the same way in every format.
 */
export interface MapValue {
  kind: 'map'
  entries: Map<string, Value>
  span: Span
  /** Span of each key, for pointing at the attribute name rather than its value. */
  keySpans?: Map<string, Span>
}

export interface UnknownValue {
  kind: 'unknown'
  /** The source text of the expression, shortened, for messages. */
  expr: string
  /** Addresses of the resources the expression refers to, e.g. `aws_s3_bucket.logs`. */
  refs?: string[]
  span: Span
}

export interface Resource {
  file: string
  format: Format
  /** `aws_s3_bucket`, `data.aws_iam_policy_document`, `AWS::S3::Bucket`, … */
  type: string
  /** Stable within its unit: `aws_s3_bucket.logs`, `module.x.aws_s3_bucket.this`, a CFN logical id. */
  address: string
  /**
   * What identifies the resource across base and head: the address qualified
   * by its unit (a Terraform module directory, or the file for single-file
   * formats), so that moving a resource between files of one module keeps it.
   */
  key: string
  /** The whole block. */
  span: Span
  body: MapValue
  /**
   * Top-level keys of `body` the parser derived rather than read (a
   * Kubernetes workload's `podSpec`, which repeats its nested pod template
   * under one name for every kind); the differ does not list them as changes.
   */
  derived?: readonly string[]
}

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info'
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info']

export type Owner = 'customer' | 'aws' | 'shared'
export const OWNERS: readonly Owner[] = ['customer', 'aws', 'shared']

export type Category = 'infrastructure' | 'container' | 'abstracted' | 'global' | 'workload' | 'unknown'

export interface ScanError {
  file: string
  line?: number
  message: string
}

/** A file deliberately not read, with the reason (symlink, submodule, too large, binary). */
export interface SkippedFile {
  file: string
  reason: string
}

export interface Reference {
  /** e.g. `AWS FSBP S3.8`, `CIS AWS 3.0 2.1.4` */
  id: string
  url?: string
}

export interface RowRef {
  row: string
  owner: Owner
}

export type ChangeKind = 'added' | 'modified' | 'removed'

export interface Change {
  file: string
  /** Where the resource starts and ends (head; base for a removed one). */
  line: number
  endLine: number
  address: string
  type: string
  format: Format
  change: ChangeKind
  category: Category
  /** Attribute paths that changed (`versioning.enabled`, `ingress[0].cidr_blocks`); empty for added/removed. */
  attributes: string[]
  rows: RowRef[]
  /**
   * Line-independent identity of the changed resource: its unit and address,
   * hashed. Tells apart two changes that read the same (one module called
   * under one name from two roots); `demarc merge` de-duplicates by it.
   */
  fingerprint?: string
}

export type FindingStatus = 'new' | 'fixed' | 'existing'

/** Why a finding does not count: an inline `demarc:ignore` comment, or an ignore in the configuration file. */
export interface Suppression {
  source: 'inline' | 'config'
  reason: string
  /** Where it is written. */
  file: string
  line?: number
}

export interface Finding {
  ruleId: string
  title: string
  file: string
  line: number
  endLine: number
  address: string
  type: string
  format: Format
  status: FindingStatus
  severity: Severity
  row: string
  owner: Owner
  suppressed: boolean
  /** Present when `suppressed`: who said so, where and why. */
  suppression?: Suppression
  references: Reference[]
  /** What is wrong here, in one sentence, naming the attribute and value. */
  message: string
  explanation: string
  remediation: string
  /** Line-independent identity: rule, unit, address and evidence path. */
  fingerprint: string
  /** For a finding on a removed line: the base line that used to protect. */
  removedLine?: number
}

export interface Shift {
  row: string
  from: Owner
  to: Owner
  file: string
  line: number
  address: string
  explanation: string
}

export type Conclusion = 'success' | 'neutral' | 'failure'

export interface Gate {
  conclusion: Conclusion
  reason: string
}

/** A matrix row the configuration file assigns to another owner than the matrix does. */
export interface OwnerOverride {
  /** The owner the matrix gives the row. */
  from: Owner
  /** The configuration file that set it, and the line of the setting. */
  file: string
  line?: number
}

export interface RowSummary {
  row: string
  /** The checklist's wording. */
  title: string
  /** A short name for tight spaces (`guest OS patching`). */
  label: string
  /** The owner findings and the gate use: the matrix's, or the configuration file's (see `ownerOverride`). */
  owner: Owner
  /** Present when the configuration file set `owner`: never silently. */
  ownerOverride?: OwnerOverride
  /** Resources in scope whose type touches the row (changed ones in a PR, all of them in a whole-tree scan). */
  resources: number
  changes: number
  new: number
  fixed: number
  existing: number
}

/** A control whose outcome depends on a value static analysis cannot settle. */
export interface UnknownOutcome {
  ruleId: string
  file: string
  line: number
  address: string
  expr: string
  /** The rule and the resource, as a finding's fingerprint would be. */
  fingerprint?: string
}

export interface Report {
  schemaVersion: 1
  tool: { name: 'demarc'; version: string }
  scope: { base: string | null; head: string | null; mode: 'changes' | 'all' }
  changes: Change[]
  findings: Finding[]
  shifts: Shift[]
  /** Per matrix row, in matrix order: the PR's responsibility footprint. */
  rows: RowSummary[]
  /** Rule outcomes that could not be settled statically, counted, never findings. */
  unknown: UnknownOutcome[]
  errors: ScanError[]
  skipped: SkippedFile[]
  gate: Gate
}
