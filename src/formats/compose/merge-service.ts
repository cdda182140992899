import type { MapValue, Span, Value } from '../../model.js'
import { toPlain } from '../../values.js'

/** Keys whose value replaces the inherited one instead of adding to it. */
const REPLACED = new Set(['command', 'entrypoint'])

/** List keys whose items are unique by a key: a local item replaces the inherited one with the same key. */
const UNIQUE_BY: Readonly<Record<string, (item: Value) => string>> = {
  volumes: item => field(item, 'target'),
  secrets: item => field(item, 'target') || field(item, 'source'),
  configs: item => field(item, 'target') || field(item, 'source'),
  ports: item => JSON.stringify(['host_ip', 'target', 'published', 'protocol'].map(k => field(item, k)))
}

/**
 * A service that `extends` another, as Compose merges them: mappings merge
 * key by key, lists append, `command` and `entrypoint` (and a health
 * check's `test`) are replaced, and volumes, ports, secrets and configs are
 * unique by their key. Inherited values keep their own spans, so findings
 * point at the line that wrote them.
 */
export function mergeService(base: MapValue, local: MapValue): MapValue {
  const entries = new Map<string, Value>()
  const keySpans = new Map<string, Span>()
  for (const [key, value] of base.entries) {
    if (key === 'extends') continue
    entries.set(key, value)
    copySpan(base, key, keySpans)
  }
  for (const [key, value] of local.entries) {
    const inherited = entries.get(key)
    entries.set(key, inherited === undefined ? value : mergeKey(key, inherited, value))
    copySpan(local, key, keySpans)
  }
  return { ...local, entries, keySpans }
}

function mergeKey(key: string, inherited: Value, local: Value): Value {
  if (REPLACED.has(key)) return local
  const unique = UNIQUE_BY[key]
  if (unique !== undefined && inherited.kind === 'list' && local.kind === 'list')
    return mergeUnique(inherited, local, unique)
  if (key === 'healthcheck' && inherited.kind === 'map' && local.kind === 'map') {
    const merged = mergeValues(inherited, local) as MapValue
    const test = local.entries.get('test')
    if (test !== undefined) merged.entries.set('test', test)
    return merged
  }
  return mergeValues(inherited, local)
}

/** Maps merge key by key, lists append, anything else is replaced. */
function mergeValues(inherited: Value, local: Value): Value {
  if (inherited.kind === 'list' && local.kind === 'list')
    return { ...local, items: [...inherited.items, ...local.items] }
  if (inherited.kind !== 'map' || local.kind !== 'map') return local
  const entries = new Map(inherited.entries)
  const keySpans = new Map(inherited.keySpans ?? [])
  for (const [key, value] of local.entries) {
    const before = entries.get(key)
    entries.set(key, before === undefined ? value : mergeValues(before, value))
    copySpan(local, key, keySpans)
  }
  return { ...local, entries, keySpans }
}

function mergeUnique(
  inherited: Value & { kind: 'list' },
  local: Value & { kind: 'list' },
  keyOf: (item: Value) => string
): Value {
  const items = [...inherited.items]
  for (const item of local.items) {
    const key = keyOf(item)
    const at = key === '' ? -1 : items.findIndex(existing => keyOf(existing) === key)
    if (at >= 0) items[at] = item
    else items.push(item)
  }
  return { ...local, items }
}

/** A field of a list item as text, for uniqueness: a plain string item is its own key. */
function field(item: Value, key: string): string {
  if (item.kind === 'string') return item.value
  if (item.kind !== 'map') return ''
  const value = item.entries.get(key)
  if (value === undefined) return ''
  const plain = toPlain(value)
  return typeof plain === 'symbol' ? `?${key}` : JSON.stringify(plain)
}

function copySpan(from: MapValue, key: string, to: Map<string, Span>): void {
  const span = from.keySpans?.get(key)
  if (span !== undefined) to.set(key, span)
}
