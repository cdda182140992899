import type { Resource, Span, Value } from '../../model.js'
import type { FileKind } from './paths.js'
import type { SettingEntry } from './setting-entry.js'

function str(value: string, span: Span): Value {
  return { kind: 'string', value, span }
}

/**
 * A setting as a resource: type `setting`, address its key path (a key
 * defined again in the same file gets `#2`, `#3`…, so that no value escapes
 * the rules), spanning its key and value. The body is `{ key, path, parent,
 * value, kind, profile? }` (see docs/formats/appconfig.md).
 */
export function settingResource(
  file: string,
  entry: SettingEntry,
  address: string,
  kind: FileKind,
  profile: string | undefined
): Resource {
  const { span } = entry
  const { key, parent } = keyAndParent(entry.path)
  const entries = new Map<string, Value>([
    ['key', str(key, span)],
    ['path', str(entry.path, span)],
    ['parent', str(parent, span)],
    ['value', entry.value],
    ['kind', str(kind, span)]
  ])
  if (profile !== undefined) entries.set('profile', str(profile, span))
  return {
    file,
    format: 'appconfig',
    type: 'setting',
    address,
    key: `${file}//${address}`,
    span,
    body: { kind: 'map', entries, span }
  }
}

/** Addresses in file order: the key path, then `path#2`, `path#3`… for repeats. */
export function addressesOf(entries: readonly SettingEntry[]): string[] {
  const seen = new Map<string, number>()
  return entries.map(entry => {
    const count = (seen.get(entry.path) ?? 0) + 1
    seen.set(entry.path, count)
    return count === 1 ? entry.path : `${entry.path}#${count}`
  })
}

/**
 * The last named segment of a key path and the path of the map holding it:
 * `spring.datasource.password` → `password` in `spring.datasource`, however
 * the file nests it. A list item keeps its list's name and sits beside the
 * list's siblings: `cors.origins[0]` → `origins` in `cors`.
 */
export function keyAndParent(path: string): { key: string; parent: string } {
  const bare = path.replace(/(?:\[\d+\])+$/, '')
  const dot = bare.lastIndexOf('.')
  return { key: bare.slice(dot + 1), parent: dot < 0 ? '' : bare.slice(0, dot) }
}
