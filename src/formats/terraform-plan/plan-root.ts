import type { SourceFile } from '../format.js'
import { type Block, parseHcl } from '../terraform/index.js'
import type { TerraformPlan } from './plan.js'
import { sourceAddress } from './plan-resources.js'

/** A Terraform directory that may be the one the plan was made in, with its files. */
export interface RootCandidate {
  unit: string
  files: SourceFile[]
}

/**
 * The directory the plan was made in: of the candidates (the Terraform
 * directories no other one calls), the one that declares the most of the
 * plan's top-level addresses (`aws_s3_bucket.b` of `aws_s3_bucket.b[0]`,
 * `module.a` of `module.a.aws_s3_bucket.b`); on a tie, the plan file's own
 * directory, then the first by path. Undefined when none declares any.
 */
export function findPlanRoot(plan: TerraformPlan, candidates: readonly RootCandidate[]): string | undefined {
  const wanted = new Set(plan.entries.map(entry => topAddress(sourceAddress(entry.address))))
  let best: { unit: string; score: number } | undefined
  for (const candidate of [...candidates].sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0))) {
    let score = 0
    for (const address of declaredAddresses(candidate.files)) if (wanted.has(address)) score++
    const better =
      best === undefined ||
      score > best.score ||
      (score === best.score && candidate.unit === plan.dir && best.unit !== plan.dir)
    if (score > 0 && better) best = { unit: candidate.unit, score }
  }
  return best?.unit
}

/** `module.a.module.b.aws_s3_bucket.c` → `module.a`; `data.t.n` and `t.n` as they are. */
function topAddress(address: string): string {
  const parts = address.split('.')
  return parts[0] === 'module' ? parts.slice(0, 2).join('.') : address
}

/** The `resource`, `data` and `module` addresses the directory's `.tf` files declare, by syntax alone. */
function declaredAddresses(files: readonly SourceFile[]): Set<string> {
  const out = new Set<string>()
  for (const file of files) {
    if (!file.path.endsWith('.tf')) continue
    let blocks: Block[]
    try {
      blocks = parseHcl(file.path, file.text).blocks
    } catch {
      continue
    }
    for (const block of blocks) {
      const [first, second] = block.labels
      if (block.type === 'module' && first !== undefined) out.add(`module.${first}`)
      else if (block.type === 'resource' && second !== undefined) out.add(`${first}.${second}`)
      else if (block.type === 'data' && second !== undefined) out.add(`data.${first}.${second}`)
    }
  }
  return out
}
