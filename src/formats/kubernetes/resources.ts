import type { MapValue, Resource, ScanError } from '../../model.js'
import type { ManifestObject } from './objects.js'
import { podSpecOf } from './pod-spec.js'

/** `Deployment/prod/web` for a namespaced manifest, `ClusterRole/admin` when it names no namespace. */
export function addressOf(object: ManifestObject): string {
  return object.namespace === undefined
    ? `${object.kind}/${object.name}`
    : `${object.kind}/${object.namespace}/${object.name}`
}

/**
 * The resources of one file's objects, in source order. A second object
 * with the same address is an error at its line and is left out, so that
 * every resource's key stays unique.
 */
export function buildResources(
  unit: string,
  file: string,
  objects: ManifestObject[],
  errors: ScanError[]
): Resource[] {
  const seen = new Map<string, Resource>()
  for (const object of objects) {
    const address = addressOf(object)
    const first = seen.get(address)
    if (first !== undefined) {
      errors.push({
        file,
        line: object.value.span.line,
        message: `expected one object per kind, namespace and name in a file, found '${address}' again (first at line ${first.span.line})`
      })
      continue
    }
    seen.set(address, buildResource(unit, file, object, address))
  }
  return [...seen.values()]
}

function buildResource(unit: string, file: string, object: ManifestObject, address: string): Resource {
  const resource: Resource = {
    file,
    format: 'kubernetes',
    type: object.kind,
    address,
    key: `${unit}//${address}`,
    span: object.value.span,
    body: object.value
  }
  const podSpec = podSpecOf(object.kind, object.value)
  if (podSpec === undefined || object.value.entries.has('podSpec')) return resource
  return { ...resource, body: withPodSpec(object.value, podSpec), derived: ['podSpec'] }
}

/** The manifest with `podSpec` added at its top: a new map, the manifest's own values in it. */
function withPodSpec(body: MapValue, podSpec: MapValue): MapValue {
  const entries = new Map(body.entries)
  entries.set('podSpec', podSpec)
  return { ...body, entries }
}
