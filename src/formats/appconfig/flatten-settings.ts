import type { Span, Value } from '../../model.js'
import type { SettingEntry } from './setting-entry.js'

/**
 * Flattens a map of settings into one entry per leaf: nested maps join
 * their keys with dots (`spring.datasource.password`), list items add
 * `[i]` (`cors.origins[0]`, `servers[1].host`). Empty maps and lists hold
 * no setting and are left out.
 */
export function flattenSettings(root: Value): SettingEntry[] {
  const out: SettingEntry[] = []
  if (root.kind === 'map') walkMap(root, '', out)
  return out
}

function walkMap(map: Extract<Value, { kind: 'map' }>, path: string, out: SettingEntry[]): void {
  for (const [name, value] of map.entries) {
    const childPath = path === '' ? name : `${path}.${name}`
    const keySpan = map.keySpans?.get(name) ?? value.span
    visit(value, { path: childPath, keySpan }, out)
  }
}

interface Place {
  path: string
  keySpan: Span
}

function visit(value: Value, place: Place, out: SettingEntry[]): void {
  if (value.kind === 'map') return walkMap(value, place.path, out)
  if (value.kind === 'list') {
    value.items.forEach((item, i) => {
      const path = `${place.path}[${i}]`
      if (item.kind === 'map') walkMap(item, path, out)
      else visit(item, { path, keySpan: item.span }, out)
    })
    return
  }
  out.push({ path: place.path, value, span: join(place.keySpan, value.span) })
}

function join(from: Span, to: Span): Span {
  const ends = to.endLine > from.endLine || (to.endLine === from.endLine && to.endColumn > from.endColumn)
  return ends ? { line: from.line, column: from.column, endLine: to.endLine, endColumn: to.endColumn } : from
}
