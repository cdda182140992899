import { canonicalJson } from './canonical-json.js'
import { RefusedMerge } from './refused-merge.js'

/** One report's entries of one list, and the report's name for messages. */
export interface SourcedList<T> {
  source: string
  items: readonly T[]
}

/** What makes two entries the same one, when not every field: a fingerprint. */
export interface Identity<T> {
  /** Undefined for an entry without one (a report written before it had them): every field then. */
  key: (item: T) => string | undefined
  /** The entry in a few words, for the message when two reports describe it differently. */
  describe: (item: T) => string
}

/**
 * The entries of several shards' lists as one scan of everything would
 * list them: an entry two shards both hold (overlapping globs) is kept
 * once; an entry one report holds n times is kept n times. Entries are the
 * same when their `identity` key is, else when they are equal in every
 * field. Entries with the same key must be equal in every field, or the
 * reports do not describe the same commits and configuration. Unordered:
 * the caller sorts.
 */
export function unite<T>(lists: readonly SourcedList<T>[], identity?: Identity<T>): T[] {
  const united = new Map<string, { item: T; text: string; source: string; count: number }>()
  for (const { source, items } of lists) {
    const counts = new Map<string, number>()
    for (const item of items) {
      const text = canonicalJson(item)
      const key = identity?.key(item) ?? text
      const known = united.get(key)
      if (known === undefined) united.set(key, { item, text, source, count: 0 })
      else if (known.text !== text && identity !== undefined)
        throw new RefusedMerge(
          `${known.source} and ${source} describe ${identity.describe(item)} differently; shards must scan the same commits with the same configuration, and a Terraform root with the local modules it calls`
        )
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    for (const [key, count] of counts) {
      const entry = united.get(key) as { count: number }
      entry.count = Math.max(entry.count, count)
    }
  }
  return [...united.values()].flatMap(entry => Array.from({ length: entry.count }, () => entry.item))
}
