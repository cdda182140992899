import { loadBundledConfig } from '../../src/config/load-bundled-config.js'
import type { Report } from '../../src/model.js'
import { DEFAULT_GATE } from '../../src/report/gate.js'
import { scan, type ScanConfig } from '../../src/scan.js'
import type { ChangedFile } from '../../src/scope/index.js'
import type { ReadResult, Snapshot } from '../../src/sources/index.js'
import { comparePaths } from '../../src/sources/snapshot.js'

/** Scan settings a test may change: how many files a batch of units holds. */
export type ScanOptions = Pick<ScanConfig, 'batchFiles'>

/** A repository version held in memory: path → text. */
export type Files = Record<string, string>

/** A snapshot over in-memory files, for running the real pipeline without git. */
export function memorySnapshot(files: Files, label = 'memory'): Snapshot {
  return {
    label,
    list: async () => ({ files: Object.keys(files).sort(comparePaths), skipped: [] }),
    read: async (path): Promise<ReadResult> =>
      path in files ? { ok: true, text: files[path] as string } : { ok: false, reason: 'no such file' }
  }
}

let bundled: ReturnType<typeof loadBundledConfig> | undefined

/**
 * The whole pipeline (parse, rules, diff, classify, report) on two versions
 * held in memory, with Demarc's own rules and matrix: every path that differs
 * counts as changed, with every line of head commentable.
 */
export async function scanTexts(base: Files, head: Files, options: ScanOptions = {}): Promise<Report> {
  bundled ??= loadBundledConfig()
  const paths = new Set([...Object.keys(base), ...Object.keys(head)])
  const changed: ChangedFile[] = []
  for (const path of [...paths].sort(comparePaths)) {
    if (base[path] === head[path]) continue
    const status = !(path in base) ? 'added' : !(path in head) ? 'removed' : 'modified'
    const lines = (head[path] ?? '').split('\n').length
    const all = status === 'removed' ? [] : [{ start: 1, end: lines }]
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
    { ...bundled, gate: DEFAULT_GATE, ...options }
  )
}

/** A whole-tree scan of files held in memory. */
export async function scanAll(files: Files, options: ScanOptions = {}): Promise<Report> {
  bundled ??= loadBundledConfig()
  return scan(
    { mode: 'all', head: memorySnapshot(files), revision: null },
    { ...bundled, gate: DEFAULT_GATE, ...options }
  )
}
