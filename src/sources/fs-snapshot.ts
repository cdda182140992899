import type { SkippedFile } from '../model.js'
import { readRegularFile } from './read-regular-file.js'
import { resolveScanPath } from './resolve-scan-path.js'
import { DEFAULT_MAX_FILE_BYTES } from './size-limit.js'
import { comparePaths, type ReadResult, type Snapshot, type SnapshotOptions } from './snapshot.js'
import { toNative, walkFiles } from './walk-files.js'

interface Listing {
  files: Set<string>
  skipped: Map<string, string>
}

/**
 * The working tree under `root`, limited to `paths` (relative to root,
 * default the whole root), for scans of a checkout as it is. Paths outside
 * the root are refused at once; symbolic links are listed as skipped and
 * never followed; `.git`, `node_modules`, `.terraform` and
 * `.terragrunt-cache` directories are not entered.
 */
export function fsSnapshot(
  root: string,
  paths: readonly string[] = ['.'],
  options: SnapshotOptions = {}
): Snapshot {
  const starts = [...new Set(paths.map(given => resolveScanPath(root, given)))]
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES
  let listing: Promise<Listing> | undefined
  const load = (): Promise<Listing> => (listing ??= walkAll(root, starts))

  const list = async (): Promise<{ files: string[]; skipped: SkippedFile[] }> => {
    const { files, skipped } = await load()
    return {
      files: [...files].sort(comparePaths),
      skipped: [...skipped]
        .map(([file, reason]) => ({ file, reason }))
        .sort((a, b) => comparePaths(a.file, b.file))
    }
  }

  const read = async (path: string): Promise<ReadResult> => {
    const { files, skipped } = await load()
    if (!files.has(path)) {
      return {
        ok: false,
        reason: skipped.get(path) ?? `no file '${path}' in the scanned paths of the working tree`
      }
    }
    return readRegularFile(toNative(root, path), maxBytes)
  }

  return { label: 'working tree', list, read }
}

async function walkAll(root: string, starts: readonly string[]): Promise<Listing> {
  const listing: Listing = { files: new Set(), skipped: new Map() }
  for (const start of starts) {
    const { files, skipped } = await walkFiles(root, start)
    for (const file of files) listing.files.add(file)
    for (const entry of skipped) listing.skipped.set(entry.file, entry.reason)
  }
  return listing
}
