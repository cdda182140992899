import type { LinkedUnit, ParseOutput, SourceFile } from '../../../src/formats/format.js'
import { terraformParser } from '../../../src/formats/terraform/index.js'

/**
 * Parses one unit of a repository held in memory the way the pipeline
 * does: the unit's own files, and the directories its module calls reach
 * (asked of `dependencies` until nothing new comes up) as `linked`.
 */
export function parseTree(repo: Record<string, string>, unit = '.'): ParseOutput {
  const byDir = new Map<string, SourceFile[]>()
  for (const [path, text] of Object.entries(repo)) {
    const dir = terraformParser.unitOf(path)
    byDir.set(dir, [...(byDir.get(dir) ?? []), { path, text }])
  }
  const own = byDir.get(unit) ?? []
  const linked = new Map<string, LinkedUnit>()
  let next = terraformParser.dependencies?.(own) ?? []
  while (next.length > 0) {
    const found: SourceFile[] = []
    for (const dir of next) {
      if (linked.has(dir) || dir === unit || !byDir.has(dir)) continue
      const files = byDir.get(dir) as SourceFile[]
      linked.set(dir, { files })
      found.push(...files)
    }
    next = terraformParser.dependencies?.(found) ?? []
  }
  return terraformParser.parse(unit, own, linked)
}
