import type { Category, ChangeKind, Format, Owner, OwnerOverride, RowRef } from '../model.js'

/** The four categories a catalogued service can have; `unknown` is only ever a classification result. */
export type ServiceCategory = Exclude<Category, 'unknown'>

export const SERVICE_CATEGORIES: readonly ServiceCategory[] = [
  'infrastructure',
  'container',
  'abstracted',
  'global',
  'workload'
]

/** One row of the responsibility matrix, as written in `rules/matrix.yml`. */
export interface MatrixRow {
  id: string
  /** The checklist's wording. */
  title: string
  /** A short lower-case name for sentences (`database patching`). */
  label: string
  /** The owner the checklist gives; the precise reading is in {@link MatrixRow.precise}. */
  owner: Owner
  domain: string
  /** Where the row comes from: document title and section, or an AWS page. */
  source: string
  /** For rows AWS owns or shares: what is still the customer's. */
  customerPart?: string
  /** How AWS's own pages read the row where that differs from the checklist. */
  precise?: { reading: string; source: string }
  description: string
  /** Set when a repository's configuration file assigns the row to another owner: `owner` is then theirs. */
  ownerOverride?: OwnerOverride
}

export interface Domain {
  id: string
  title: string
}

export interface CategoryInfo {
  id: ServiceCategory
  title: string
  examples: string[]
  customerOwns: string
  awsOwns: string
}

/** A resource type in the services catalogue, for one format. */
export interface TypeInfo {
  type: string
  format: string
  service: string
  category: ServiceCategory
  /** Rows any change touches, most specific first; the first is the catch-all for unnamed attributes. */
  rows: readonly string[]
  /** Top-level attribute name → rows. */
  attributes: ReadonlyMap<string, readonly string[]>
}

export interface ServiceInfo {
  id: string
  title: string
  category: ServiceCategory
  /** Rows for a type of this service that the catalogue does not list. */
  rows: readonly string[]
  /** Format → type-name prefixes that belong to this service. */
  prefixes: ReadonlyMap<string, readonly string[]>
  /** Formats every type of which belongs here unless listed elsewhere (every Kubernetes kind). */
  formats: readonly string[]
  note?: string
}

export interface Matrix {
  /** In the reference's order. */
  rows: readonly MatrixRow[]
  rowById: ReadonlyMap<string, MatrixRow>
  domains: readonly Domain[]
  categories: readonly CategoryInfo[]
  services: ReadonlyMap<string, ServiceInfo>
  /** Keyed by {@link typeKey}. */
  types: ReadonlyMap<string, TypeInfo>
}

/** A rules file as read by the caller: its path (for messages) and its text. */
export interface RulesText {
  file: string
  text: string
}

export interface MatrixInput {
  matrix: RulesText
  services: RulesText
}

export interface ChangeToClassify {
  type: string
  format: Format
  change: ChangeKind
  /** Changed attribute paths (`versioning`, `ingress[0].cidr_blocks`); empty for added/removed. */
  attributes: readonly string[]
}

/** How a classification was reached: from the catalogue, by the service's type prefix, or by fallback. */
export type ClassificationBasis =
  'catalogue' | 'service-prefix' | 'service-format' | 'unknown-aws-type' | 'not-aws'

export interface Classification {
  service: string
  category: Category
  rows: RowRef[]
  basis: ClassificationBasis
}

/** The key of a type in {@link Matrix.types}. */
export function typeKey(format: string, type: string): string {
  return `${format}:${type}`
}
