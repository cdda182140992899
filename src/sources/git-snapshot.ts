import type { SkippedFile } from '../model.js'
import type { RunGitOptions } from '../scope/run-git.js'
import { decodeText } from './decode-text.js'
import { listTree } from './list-tree.js'
import type { BlobReader } from './git-blob-reader.js'
import type { TreeEntry } from './parse-ls-tree.js'
import { DEFAULT_MAX_FILE_BYTES, oversizeReason } from './size-limit.js'
import {
  comparePaths,
  SUBMODULE_REASON,
  SYMLINK_REASON,
  type ReadResult,
  type Snapshot,
  type SnapshotOptions
} from './snapshot.js'

export interface GitSnapshotOptions extends SnapshotOptions {
  /** For messages; default the rev itself. */
  label?: string
  git?: RunGitOptions
}

interface Tree {
  files: Map<string, TreeEntry>
  skipped: Map<string, string>
}

const REGULAR_MODES = new Set(['100644', '100755'])

/** Why an entry of the tree is never read, or undefined for a regular file. */
export function skipReasonForMode(mode: string): string | undefined {
  if (REGULAR_MODES.has(mode)) return undefined
  if (mode === '120000') return SYMLINK_REASON
  if (mode === '160000') return SUBMODULE_REASON
  return `not a regular file (git mode ${mode})`
}

/**
 * The files of commit `rev`, listed once with `git ls-tree` and read through
 * `reader` by object id. Symbolic links and submodules are listed as skipped
 * and never read; sizes are checked against the limit before reading.
 */
export function gitSnapshot(
  repoDir: string,
  rev: string,
  reader: BlobReader,
  options: GitSnapshotOptions = {}
): Snapshot {
  const label = options.label ?? rev
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES
  let tree: Promise<Tree> | undefined
  const loadTree = (): Promise<Tree> => (tree ??= listTree(repoDir, rev, options.git).then(indexTree))

  const list = async (): Promise<{ files: string[]; skipped: SkippedFile[] }> => {
    const { files, skipped } = await loadTree()
    return {
      files: [...files.keys()].sort(comparePaths),
      skipped: [...skipped]
        .map(([file, reason]) => ({ file, reason }))
        .sort((a, b) => comparePaths(a.file, b.file))
    }
  }

  const read = async (path: string): Promise<ReadResult> => {
    const { files, skipped } = await loadTree()
    const entry = files.get(path)
    if (entry === undefined) {
      return { ok: false, reason: skipped.get(path) ?? `no file '${path}' in ${label}` }
    }
    const tooLarge = oversizeReason(entry.size ?? 0, maxBytes)
    if (tooLarge !== undefined) return { ok: false, reason: tooLarge }
    return decodeText(await reader.read(entry.oid))
  }

  return { label, list, read }
}

function indexTree(entries: readonly TreeEntry[]): Tree {
  const tree: Tree = { files: new Map(), skipped: new Map() }
  for (const entry of entries) {
    const reason = skipReasonForMode(entry.mode)
    if (reason === undefined) tree.files.set(entry.path, entry)
    else tree.skipped.set(entry.path, reason)
  }
  return tree
}
