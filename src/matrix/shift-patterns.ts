/**
 * Responsibility shifts as data. Each entry is one pattern of one kind; adding
 * a pattern of an existing kind is one more entry here, no new code path.
 *
 * - `attribute`: one attribute of a resource present in base and head decides
 *   who does the work for some rows (e.g. auto_minor_version_upgrade).
 * - `replacement`: in one unit, a self-managed resource (recognised by
 *   evidence) is removed and a managed one added, or the reverse.
 */

/** Who carries the rows in a given state: AWS, or the customer. */
export type Side = 'aws' | 'customer'

/** A test on a known value. Booleans also match the strings "true"/"false" (Terraform coerces them). */
export type ValueTest = { bool: boolean } | { oneOf: readonly string[] } | { anyString: true }

export interface AttributeTypeRule {
  /** The value the resource has when the attribute is not written; absent: no claim. */
  default?: boolean | string
  /**
   * The provider keeps the live value when the attribute is deleted from the
   * configuration (Optional + Computed, no default), so deleting it claims nothing.
   */
  removalKeepsValue?: boolean
}

export interface AttributeShiftPattern {
  kind: 'attribute'
  id: string
  attribute: string
  /** Resource type → how it treats the attribute. */
  types: Readonly<Record<string, AttributeTypeRule>>
  rows: readonly string[]
  /** First matching case wins; a known value that matches none claims nothing. */
  cases: readonly { when: ValueTest; side: Side }[]
  /** Why the rows move, by the side they move to; completes "…: <reason>, so <rows> move from X to Y". */
  reasons: Readonly<Record<Side, string>>
}

export interface TextEvidence {
  /** Attributes whose known strings (or map values, e.g. tags) are searched. */
  attributes: readonly string[]
  pattern: RegExp
}

export interface PortEvidence {
  /** Attributes holding references to security groups of the same unit. */
  attributes: readonly string[]
  ports: readonly number[]
}

export interface ReplacementShiftPattern {
  kind: 'replacement'
  id: string
  /** What the self-managed resource runs, for sentences ("a database"). */
  workload: string
  /** Self-managed resources, recognised by any of the evidence. */
  selfManaged: { types: readonly string[]; mentions?: TextEvidence; openPorts?: PortEvidence }
  managed: { types: readonly string[] }
  rows: readonly string[]
  reasons: Readonly<Record<Side, string>>
}

export type ShiftPattern = AttributeShiftPattern | ReplacementShiftPattern

/**
 * Runtimes AWS has deprecated and no longer patches (`provided` is the Amazon
 * Linux 1 one), per the deprecation dates of the Lambda runtimes page:
 * python3.9 (2025-12-15), nodejs18.x (2025-09-01), ruby3.2 (2026-03-31) and
 * nodejs20.x (2026-04-30) are the latest. The control
 * lambda-function-runtime-deprecated lists the same runtimes (a test keeps them equal).
 */
export const DEPRECATED_LAMBDA_RUNTIMES: readonly string[] = [
  'python2.7',
  'python3.6',
  'python3.7',
  'python3.8',
  'python3.9',
  'nodejs',
  'nodejs4.3',
  'nodejs4.3-edge',
  'nodejs6.10',
  'nodejs8.10',
  'nodejs10.x',
  'nodejs12.x',
  'nodejs14.x',
  'nodejs16.x',
  'nodejs18.x',
  'nodejs20.x',
  'java8',
  'go1.x',
  'dotnetcore1.0',
  'dotnetcore2.0',
  'dotnetcore2.1',
  'dotnetcore3.1',
  'dotnet5.0',
  'dotnet6',
  'dotnet7',
  'ruby2.5',
  'ruby2.7',
  'ruby3.2',
  'provided'
]

export const SHIFT_PATTERNS: readonly ShiftPattern[] = [
  {
    kind: 'attribute',
    id: 'auto-minor-version-upgrade',
    attribute: 'auto_minor_version_upgrade',
    // Defaults as the Terraform AWS provider applies them.
    types: {
      aws_db_instance: { default: true },
      aws_rds_cluster_instance: { default: true },
      aws_elasticache_replication_group: { default: true, removalKeepsValue: true },
      aws_mq_broker: { default: false },
      aws_dms_replication_instance: { default: false, removalKeepsValue: true }
    },
    rows: ['database-patching'],
    cases: [
      { when: { bool: false }, side: 'customer' },
      { when: { bool: true }, side: 'aws' }
    ],
    reasons: {
      customer: 'AWS no longer applies minor engine versions automatically',
      aws: 'AWS applies minor engine versions automatically again'
    }
  },
  {
    kind: 'attribute',
    id: 'deprecated-lambda-runtime',
    attribute: 'runtime',
    types: { aws_lambda_function: {} },
    rows: ['guest-os-patching'],
    cases: [
      { when: { oneOf: DEPRECATED_LAMBDA_RUNTIMES }, side: 'customer' },
      { when: { anyString: true }, side: 'aws' }
    ],
    reasons: {
      customer: 'AWS no longer patches a deprecated runtime',
      aws: 'AWS patches a supported runtime'
    }
  },
  {
    kind: 'replacement',
    id: 'database-on-ec2-to-rds',
    workload: 'a database',
    selfManaged: {
      types: ['aws_instance'],
      mentions: { attributes: ['user_data', 'ami', 'tags'], pattern: /postgres|mysql|mariadb|mongod/i },
      openPorts: { attributes: ['vpc_security_group_ids'], ports: [5432, 3306, 1433, 1521, 27017] }
    },
    managed: { types: ['aws_db_instance', 'aws_rds_cluster'] },
    rows: ['database-patching', 'guest-os-patching'],
    reasons: {
      aws: 'AWS patches the managed engine and the operating system under it',
      customer: 'the engine and the instance operating system are yours to patch'
    }
  }
]
