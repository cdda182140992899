import type { Value } from '../../../model.js'
import { numberValue, stringValue } from './make.js'

export interface Element {
  key: Value
  value: Value
}

/** The key/value pairs a `for` walks: index and item of a list, key and value of a map; undefined otherwise. */
export function elementsOf(collection: Value): Element[] | undefined {
  if (collection.kind === 'list') {
    return collection.items.map((value, i) => ({ key: numberValue(i, value.span), value }))
  }
  if (collection.kind === 'map') {
    const out: Element[] = []
    for (const [key, value] of collection.entries) {
      out.push({ key: stringValue(key, collection.keySpans?.get(key) ?? value.span), value })
    }
    return out
  }
  return undefined
}
