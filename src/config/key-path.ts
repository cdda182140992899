import { joinKeys } from '../matrix/key-path.js'

export type Keys = readonly (string | number)[]

/** A key path as people read it (`ignore[0].reason`); '' for the whole file. */
export function keyPathOf(keys: Keys): string {
  return keys.length === 0 ? '' : joinKeys(keys)
}

/** A JSON pointer into `data` as keys, list indices as numbers (the data tells them apart). */
export function pointerKeys(data: unknown, pointer: string): (string | number)[] {
  if (pointer === '') return []
  const keys: (string | number)[] = []
  let node: unknown = data
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    keys.push(Array.isArray(node) ? Number(segment) : segment)
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined
  }
  return keys
}
