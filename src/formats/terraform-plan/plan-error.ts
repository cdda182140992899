/**
 * A plan file that cannot be used: not JSON, or not a Terraform plan. A plan
 * is an explicit input, so this is a usage error, never a finding or a
 * per-file error; the message names the file, what was expected and what
 * was found.
 */
export class PlanError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PlanError'
  }
}
