import type { ReadResult, Snapshot } from '../sources/index.js'

/**
 * The same snapshot, each file read at most once: a scan reads the files of
 * a module directory for every unit that calls it, and once more to find
 * who calls whom.
 */
export function cachedSnapshot(snapshot: Snapshot): Snapshot {
  const reads = new Map<string, Promise<ReadResult>>()
  let listing: ReturnType<Snapshot['list']> | undefined
  return {
    label: snapshot.label,
    list: () => (listing ??= snapshot.list()),
    read: path => {
      let result = reads.get(path)
      if (result === undefined) reads.set(path, (result = snapshot.read(path)))
      return result
    }
  }
}
