import type { MapValue, Resource, Value } from '../../src/model.js'

/** The resource with this address; fails the test naming the addresses there are. */
export function findResource(resources: readonly Resource[], address: string): Resource {
  const found = resources.find(r => r.address === address)
  if (found === undefined)
    throw new Error(`no resource ${address} in ${resources.map(r => r.address).join(', ')}`)
  return found
}

/** The value at a dotted path (`tags.Env`, `ingress.0.from_port`); fails the test when nothing is there. */
export function valueAt(map: MapValue, path: string): Value {
  let current: Value = map
  for (const part of path.split('.')) {
    let next: Value | undefined
    if (current.kind === 'map') next = current.entries.get(part)
    else if (current.kind === 'list') next = current.items[Number(part)]
    if (next === undefined) throw new Error(`nothing at '${part}' of '${path}'`)
    current = next
  }
  return current
}
