/** The condition language of rule files, as written in YAML (after schema validation). */

export const OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'matches',
  'not_matches',
  'matches_ignore_case',
  'exists',
  'gt',
  'gte',
  'lt',
  'lte',
  'contains',
  'contains_any',
  'not_contains',
  'entropy_gte'
] as const

export type Operator = (typeof OPERATORS)[number]

/** The keys that say what kind of condition an object is; `attr` makes it a leaf. */
export const CONDITION_KINDS = ['all', 'any', 'not', 'some', 'none', 'every', 'related', 'attr'] as const

export type ConditionKind = (typeof CONDITION_KINDS)[number]

export type Scalar = string | number | boolean

export type RawLeaf = { attr: string; default?: unknown } & Partial<Record<Operator, unknown>>

export interface RawQuantifier {
  attr: string
  where?: RawCondition
}

export interface RawRelated {
  type: string | string[]
  via: string
  where?: RawCondition
}

export type RawCondition =
  | { all: RawCondition[] }
  | { any: RawCondition[] }
  | { not: RawCondition }
  | { some: RawQuantifier }
  | { none: RawQuantifier }
  | { every: RawQuantifier }
  | { related: RawRelated }
  | RawLeaf

export interface RawSelector {
  types: string[]
  if?: RawCondition
  assert: RawCondition
  message?: string
}

export interface RawRule {
  id: string
  title: string
  row: string
  severity: string
  references: { id: string; url?: string }[]
  explanation: string
  remediation: string
  sensitive?: boolean
  formats: Record<string, RawSelector>
}

export function isOperator(key: string): key is Operator {
  return (OPERATORS as readonly string[]).includes(key)
}

/** The kind keys present on a condition object (exactly one in a valid rule). */
export function kindsOf(condition: object): ConditionKind[] {
  return CONDITION_KINDS.filter(kind => kind in condition)
}

/** The operator keys present on a leaf (exactly one in a valid rule). */
export function operatorsOf(leaf: object): Operator[] {
  return OPERATORS.filter(op => op in leaf)
}
