import type { MapValue, Value } from '../model.js'
import { valuesEqual } from '../values.js'

/** At most this many paths are listed for one resource; the rest would only be noise. */
const MAX_PATHS = 50

/**
 * The attribute paths that differ between two bodies of the same resource:
 * `acl`, `versioning[0].enabled`, `tags.Owner`. Maps and equal-length lists
 * are descended into so that the path names the smallest part that changed.
 */
export function changedAttributes(base: MapValue, head: MapValue, derived: readonly string[] = []): string[] {
  const out: string[] = []
  diffMaps(base, head, '', out, derived)
  return out
}

function diffMaps(
  base: MapValue,
  head: MapValue,
  prefix: string,
  out: string[],
  skip: readonly string[] = []
): void {
  const keys = new Set([...base.entries.keys(), ...head.entries.keys()])
  for (const key of keys) {
    if (skip.includes(key)) continue
    if (out.length >= MAX_PATHS) return
    const path = prefix === '' ? key : `${prefix}.${key}`
    const a = base.entries.get(key)
    const b = head.entries.get(key)
    if (a === undefined || b === undefined) out.push(path)
    else diffValues(a, b, path, out)
  }
}

function diffValues(a: Value, b: Value, path: string, out: string[]): void {
  if (a.kind === 'map' && b.kind === 'map') return diffMaps(a, b, path, out)
  if (a.kind === 'list' && b.kind === 'list' && a.items.length === b.items.length && hasMaps(a.items)) {
    a.items.forEach((item, i) => diffValues(item, b.items[i] as Value, `${path}[${i}]`, out))
    return
  }
  if (!valuesEqual(a, b)) out.push(path)
}

function hasMaps(items: Value[]): boolean {
  return items.some(item => item.kind === 'map')
}
