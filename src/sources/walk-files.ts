import type { Dirent, Stats } from 'node:fs'
import { lstat, readdir } from 'node:fs/promises'
import path from 'node:path'
import type { SkippedFile } from '../model.js'
import { SPECIAL_FILE_REASON, SYMLINK_REASON } from './snapshot.js'

/** Directories that hold tools' state or downloaded code, never the project's own configuration. */
export const IGNORED_DIRECTORIES: ReadonlySet<string> = new Set([
  '.git',
  'node_modules',
  '.terraform',
  '.terragrunt-cache'
])

export interface WalkResult {
  files: string[]
  skipped: SkippedFile[]
}

/**
 * The regular files under `start` (POSIX, relative to `root`; '' is the root),
 * found with lstat and readdir alone: a symbolic link, to a file or a
 * directory, is reported as skipped and never followed, not even on the way
 * down to `start`.
 */
export async function walkFiles(root: string, start: string): Promise<WalkResult> {
  const result: WalkResult = { files: [], skipped: [] }
  const startStats = await lstatAlongPath(root, start, result)
  if (startStats === undefined) return result
  if (!startStats.isDirectory()) {
    addEntry(result, start, startStats)
    return result
  }
  const pending = [start]
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    const entries = await readdir(toNative(root, dir), { withFileTypes: true })
    for (const entry of entries) {
      const relative = dir === '' ? entry.name : `${dir}/${entry.name}`
      if (entry.isDirectory()) {
        if (!IGNORED_DIRECTORIES.has(entry.name)) pending.push(relative)
      } else {
        addEntry(result, relative, entry)
      }
    }
  }
  return result
}

function addEntry(result: WalkResult, relative: string, entry: Dirent | Stats): void {
  if (entry.isFile()) result.files.push(relative)
  else if (entry.isSymbolicLink()) result.skipped.push({ file: relative, reason: SYMLINK_REASON })
  else result.skipped.push({ file: relative, reason: SPECIAL_FILE_REASON })
}

/** lstat of every component from the root down to `start`; undefined (and a skipped entry) at a symbolic link. */
async function lstatAlongPath(root: string, start: string, result: WalkResult): Promise<Stats | undefined> {
  let stats = await lstat(path.resolve(root))
  const parts = start === '' ? [] : start.split('/')
  for (let i = 0; i < parts.length; i += 1) {
    const prefix = parts.slice(0, i + 1).join('/')
    stats = await lstat(toNative(root, prefix)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT')
        throw new Error(`scan path '${start}' does not exist in '${path.resolve(root)}'`)
      throw error
    })
    if (stats.isSymbolicLink()) {
      result.skipped.push({ file: prefix, reason: SYMLINK_REASON })
      return undefined
    }
  }
  return stats
}

export function toNative(root: string, relative: string): string {
  return path.join(path.resolve(root), ...relative.split('/'))
}
