import { baseName } from '../text/path-name.js'

/** `.tf` files and variable files (`terraform.tfvars`, `*.auto.tfvars`, any `*.tfvars`). */
export function claimsTerraformPath(path: string): 'yes' | 'no' {
  const base = baseName(path)
  return /^.+\.(?:tf|tfvars)$/.test(base) ? 'yes' : 'no'
}

/** The module directory of a file as a POSIX path: `infra/s3` for `infra/s3/main.tf`, `.` at the top. */
export function terraformUnitOf(path: string): string {
  const normal = path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '')
  const slash = normal.lastIndexOf('/')
  return slash <= 0 ? '.' : normal.slice(0, slash)
}

export function isConfigFile(path: string): boolean {
  return path.endsWith('.tf') && !isOverrideFile(path)
}

/** `override.tf` and `*_override.tf` are merged over the configuration by Terraform; not read here. */
export function isOverrideFile(path: string): boolean {
  const base = baseName(path)
  return base === 'override.tf' || base.endsWith('_override.tf')
}

/**
 * Where a variables file sits in Terraform's precedence: 0 for
 * `terraform.tfvars`, 1 for `*.auto.tfvars`; undefined for files Terraform
 * only reads when named on the command line.
 */
export function varsFileRank(path: string): number | undefined {
  const base = baseName(path)
  if (base === 'terraform.tfvars') return 0
  if (base.endsWith('.auto.tfvars')) return 1
  return undefined
}
