import type { SourceFile } from '../src/formats/format.js'
import { comparePaths, type Snapshot } from '../src/sources/snapshot.js'

/**
 * A snapshot over files held in memory: the scan reads them as it reads git objects or the disk, without
 * the I/O, so that the figures are the CPU cost of Demarc's own work.
 */
export function memorySnapshot(files: readonly SourceFile[], label = 'bench corpus'): Snapshot {
  const texts = new Map(files.map(f => [f.path, f.text]))
  const listing = [...texts.keys()].sort(comparePaths)
  return {
    label,
    list: async () => ({ files: listing, skipped: [] }),
    read: async path => {
      const text = texts.get(path)
      return text === undefined
        ? { ok: false, reason: `no file '${path}' in the corpus` }
        : { ok: true, text }
    }
  }
}

/** The size the figures divide by: UTF-8 bytes, as the files are on disk. */
export function corpusBytes(files: readonly SourceFile[]): number {
  return files.reduce((n, f) => n + Buffer.byteLength(f.text), 0)
}
