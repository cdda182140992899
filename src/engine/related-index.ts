import type { Resource } from '../model.js'

/** Finds the resources a rule may relate a resource to: same unit, given types. */
export interface RelatedIndex {
  candidates(self: Resource, types: readonly string[]): Resource[]
}

/** The unit of a resource: the part of its key before `//` (the module directory), else its file. */
export function unitOf(resource: Resource): string {
  const cut = resource.key.indexOf('//')
  return cut === -1 ? resource.file : resource.key.slice(0, cut)
}

/** Built on first use, once per evaluation: unit → type → resources. */
export function relatedIndex(resources: readonly Resource[]): RelatedIndex {
  let byUnit: Map<string, Map<string, Resource[]>> | undefined
  const build = (): Map<string, Map<string, Resource[]>> => {
    const units = new Map<string, Map<string, Resource[]>>()
    for (const resource of resources) {
      const unit = unitOf(resource)
      let types = units.get(unit)
      if (types === undefined) units.set(unit, (types = new Map()))
      const list = types.get(resource.type)
      if (list === undefined) types.set(resource.type, [resource])
      else list.push(resource)
    }
    return units
  }
  return {
    candidates(self, types) {
      byUnit ??= build()
      const unit = byUnit.get(unitOf(self))
      if (unit === undefined) return []
      return types.flatMap(type => unit.get(type) ?? []).filter(r => r !== self)
    }
  }
}
