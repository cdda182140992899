import type { ChangeKind, Resource } from '../model.js'
import { valuesEqual } from '../values.js'
import { changedAttributes } from './changed-attributes.js'

export interface ResourceChange {
  change: ChangeKind
  base?: Resource
  head?: Resource
  /** Changed attribute paths of a modified resource; empty for added and removed ones. */
  attributes: string[]
}

/**
 * Pairs base and head resources by their key (unit and address) and keeps
 * the ones that differ. Moving a block within its unit, or reformatting it,
 * is not a change.
 */
export function matchResources(base: Resource[], head: Resource[]): ResourceChange[] {
  const before = new Map(base.map(r => [r.key, r]))
  const changes: ResourceChange[] = []
  for (const h of head) {
    const b = before.get(h.key)
    before.delete(h.key)
    if (b === undefined) changes.push({ change: 'added', head: h, attributes: [] })
    else if (b.type !== h.type) {
      changes.push(
        { change: 'removed', base: b, attributes: [] },
        { change: 'added', head: h, attributes: [] }
      )
    } else if (!valuesEqual(b.body, h.body)) {
      changes.push({
        change: 'modified',
        base: b,
        head: h,
        attributes: changedAttributes(b.body, h.body, h.derived)
      })
    }
  }
  for (const b of before.values()) changes.push({ change: 'removed', base: b, attributes: [] })
  return changes
}
