import { loadBundledConfig } from '../../../src/config/load-bundled-config.js'
import { parsePlan, type TerraformPlan } from '../../../src/formats/terraform-plan/index.js'
import type { Report } from '../../../src/model.js'
import { DEFAULT_GATE } from '../../../src/report/gate.js'
import { scan } from '../../../src/scan.js'
import type { ChangedFile } from '../../../src/scope/index.js'
import { comparePaths } from '../../../src/sources/snapshot.js'
import { type Files, memorySnapshot } from '../../helpers/scan-texts.js'

/** One `resource_changes` entry, as `terraform show -json` writes it. */
export interface Change {
  address: string
  type?: string
  mode?: 'managed' | 'data'
  actions: string[]
  before?: unknown
  after?: unknown
  after_unknown?: unknown
  before_sensitive?: unknown
  after_sensitive?: unknown
}

/** A plan's JSON text, indented as Terraform's own output is not, so that lines are predictable. */
export function planJson(changes: Change[]): string {
  const resourceChanges = changes.map(c => ({
    address: c.address,
    mode: c.mode ?? (c.address.includes('data.') ? 'data' : 'managed'),
    type: c.type ?? typeOf(c.address),
    name: 'n',
    change: {
      actions: c.actions,
      before: c.before ?? null,
      after: c.after ?? null,
      after_unknown: c.after_unknown ?? {},
      before_sensitive: c.before_sensitive ?? false,
      after_sensitive: c.after_sensitive ?? false
    }
  }))
  return `${JSON.stringify({ format_version: '1.2', resource_changes: resourceChanges }, null, 2)}\n`
}

/** `module.a.aws_s3_bucket.b[0]` → `aws_s3_bucket`. */
function typeOf(address: string): string {
  const parts = address.replace(/\[[^\]]*\]/g, '').split('.')
  return parts[parts.length - 2] as string
}

/** The line of the first line of `text` containing `needle`. */
export function lineOf(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from)
  if (at < 0) throw new Error(`no '${needle}' in the text`)
  return text.slice(0, at).split('\n').length
}

export function readPlan(text: string, file = 'plan.json'): TerraformPlan {
  const slash = file.lastIndexOf('/')
  return parsePlan(file, text, slash <= 0 ? '.' : file.slice(0, slash))
}

let bundled: ReturnType<typeof loadBundledConfig> | undefined

/** The whole pipeline on two versions in memory, with a plan. */
export async function scanWithPlan(base: Files, head: Files, plan: TerraformPlan): Promise<Report> {
  bundled ??= loadBundledConfig()
  const changed: ChangedFile[] = []
  for (const path of [...new Set([...Object.keys(base), ...Object.keys(head)])].sort(comparePaths)) {
    if (base[path] === head[path]) continue
    const status = !(path in base) ? 'added' : !(path in head) ? 'removed' : 'modified'
    const all = status === 'removed' ? [] : [{ start: 1, end: (head[path] ?? '').split('\n').length }]
    changed.push({ path, status, commentable: all, added: all })
  }
  return scan(
    {
      mode: 'changes',
      base: memorySnapshot(base, 'base'),
      head: memorySnapshot(head, 'head'),
      changed,
      revisions: { base: 'base', head: 'head' }
    },
    { ...bundled, gate: DEFAULT_GATE, plan }
  )
}

/** A whole-tree scan in memory, with a plan. */
export async function scanAllWithPlan(files: Files, plan: TerraformPlan): Promise<Report> {
  bundled ??= loadBundledConfig()
  return scan(
    { mode: 'all', head: memorySnapshot(files), revision: null },
    { ...bundled, gate: DEFAULT_GATE, plan }
  )
}
