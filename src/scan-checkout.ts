import type { BundledConfig } from './config/load-bundled-config.js'
import { applyIgnores, isoDate } from './config/apply-ignores.js'
import type { IgnoreEntry } from './config/config-types.js'
import type { TerraformPlan } from './formats/terraform-plan/index.js'
import type { Report } from './model.js'
import type { GatePolicy } from './report/gate.js'
import { scan } from './scan.js'
import { listChangedFiles, resolveRevisions } from './scope/index.js'
import { fsSnapshot, gitSnapshot, GitBlobReader } from './sources/index.js'

export interface CheckoutScan {
  /** The repository (changes) or root folder (whole tree). */
  root: string
  /** Both set: scan what changed between them, the way a pull request does. */
  base?: string
  head?: string
  /** Whole-tree scan: paths under root (default: all of it). */
  paths?: string[]
  gate: GatePolicy
  maxFileBytes?: number
  /** Globs of files to scan (default all) and to leave out (src/path-glob.ts). */
  include?: string[]
  exclude?: string[]
  /** A Terraform plan, already read: it replaces the source's values for the resources it covers. */
  plan?: TerraformPlan | undefined
  /** The configuration file's ignores, and the file they are written in. */
  ignores?: { file: string; entries: readonly IgnoreEntry[] }
  /** Today, for the ignores' expiry dates; default the system clock. */
  today?: Date
}

/** Scans a local checkout: a range of commits, or the files on disk. Shared by the CLI and the action. */
export async function scanCheckout(request: CheckoutScan, config: BundledConfig): Promise<Report> {
  const report = await scanFiles(request, config)
  if (request.ignores === undefined) return report
  return applyIgnores(report, request.ignores.entries, {
    file: request.ignores.file,
    today: isoDate(request.today ?? new Date()),
    gate: request.gate
  })
}

async function scanFiles(request: CheckoutScan, config: BundledConfig): Promise<Report> {
  const scanConfig = {
    rules: config.rules,
    matrix: config.matrix,
    gate: request.gate,
    ...(request.include === undefined ? {} : { include: request.include }),
    ...(request.exclude === undefined ? {} : { exclude: request.exclude }),
    ...(request.plan === undefined ? {} : { plan: request.plan })
  }
  const limits = request.maxFileBytes === undefined ? {} : { maxFileBytes: request.maxFileBytes }
  if (request.base === undefined || request.head === undefined) {
    const head = fsSnapshot(request.root, request.paths ?? ['.'], limits)
    return scan({ mode: 'all', head, revision: null }, scanConfig)
  }
  const revisions = await resolveRevisions(request.root, request.base, request.head)
  const reader = new GitBlobReader(request.root)
  try {
    const changed = await listChangedFiles(request.root, revisions.base, revisions.head)
    const base = gitSnapshot(request.root, revisions.base, reader, limits)
    const head = gitSnapshot(request.root, revisions.head, reader, limits)
    return await scan({ mode: 'changes', base, head, changed, revisions }, scanConfig)
  } finally {
    await reader.close()
  }
}
