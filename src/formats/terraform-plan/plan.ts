import type { Span, Value } from '../../model.js'

/** The change Terraform plans for one resource instance, as `terraform show -json` gives it. */
export interface PlanEntry {
  /** As the plan gives it, instance keys and module path included: `module.a["x"].aws_s3_bucket.b[0]`. */
  address: string
  mode: 'managed' | 'data'
  /** The resource type, `aws_s3_bucket`. */
  type: string
  /** `no-op`, `create`, `read`, `update`, `delete`, `forget`; a replacement is `delete` and `create`. */
  actions: string[]
  /** Values before and after, with their spans in the plan file; absent when null. */
  before?: Value
  after?: Value
  /** Same shape as `after`, `true` where a value is only known after apply. */
  afterUnknown?: Value
  /** Same shape as the values, `true` where a value is sensitive. */
  beforeSensitive?: Value
  afterSensitive?: Value
  /** The entry in `resource_changes`. */
  span: Span
}

/** A Terraform plan read from its JSON form. */
export interface TerraformPlan {
  /** The plan file as findings name it: relative to the repository root when it is inside it. */
  file: string
  /** The repository directory the plan file is in; undefined when it is outside the repository. */
  dir?: string
  entries: PlanEntry[]
}
