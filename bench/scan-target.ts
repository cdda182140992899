import type { BundledConfig } from '../src/config/index.js'
import type { SourceFile } from '../src/formats/format.js'
import { DEFAULT_GATE } from '../src/report/gate.js'
import type { ScanConfig, ScanTarget } from '../src/scan.js'
import type { ChangedFile } from '../src/scope/index.js'
import { memorySnapshot } from './memory-snapshot.js'

// What the benchmark asks scan() to do. The full scan is a pull request that adds the whole corpus: an
// empty base, every file added. It runs every stage of a review — select, parse, every control, diff and
// classify every resource against the matrix, shifts, report — where a whole-tree scan skips the diff.

const NO_COMMIT = '0'.repeat(40)
const HEAD_COMMIT = 'b'.repeat(40)

/** Every file added, each line of it added and commentable, as `git diff` would list a new file. */
export function addedFiles(files: readonly SourceFile[]): ChangedFile[] {
  return files.map(file => {
    const lines = [{ start: 1, end: Math.max(1, file.text.split('\n').length) }]
    return { path: file.path, status: 'added', mode: '100644', commentable: lines, added: lines }
  })
}

/** A change from an empty tree to the corpus. */
export function additionTarget(files: readonly SourceFile[]): ScanTarget {
  return {
    mode: 'changes',
    base: memorySnapshot([], 'empty base'),
    head: memorySnapshot(files),
    changed: addedFiles(files),
    revisions: { base: NO_COMMIT, head: HEAD_COMMIT }
  }
}

/** The corpus as a whole tree: what `demarc scan <dir>` does. */
export function wholeTreeTarget(files: readonly SourceFile[]): ScanTarget {
  return { mode: 'all', head: memorySnapshot(files), revision: HEAD_COMMIT }
}

/** Demarc's bundled controls and matrix with the default gate, as a repository without configuration gets. */
export function defaultScanConfig(bundled: BundledConfig): ScanConfig {
  return { rules: bundled.rules, matrix: bundled.matrix, gate: DEFAULT_GATE }
}
