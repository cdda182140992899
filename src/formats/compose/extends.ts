import type { MapValue, Value } from '../../model.js'
import { mergeService } from './merge-service.js'
import type { ComposeProblem } from './problems.js'

/**
 * Services with `extends` of a service in the same file, merged with what
 * they extend (itself resolved first). `extends` naming another `file` is
 * not followed: the service keeps only what this file writes. A service
 * that does not exist, or a cycle, is a problem at the `extends` line.
 */
export function resolveExtends(
  services: Map<string, MapValue>,
  problems: ComposeProblem[]
): Map<string, MapValue> {
  const resolved = new Map<string, MapValue>()
  const visiting = new Set<string>()
  const resolve = (name: string): MapValue => {
    const done = resolved.get(name)
    if (done !== undefined) return done
    const service = services.get(name) as MapValue
    visiting.add(name)
    const result = withBase(name, service, services, visiting, resolve, problems)
    visiting.delete(name)
    resolved.set(name, result)
    return result
  }
  for (const name of services.keys()) resolve(name)
  return resolved
}

function withBase(
  name: string,
  service: MapValue,
  services: Map<string, MapValue>,
  visiting: Set<string>,
  resolve: (name: string) => MapValue,
  problems: ComposeProblem[]
): MapValue {
  const extendsValue = service.entries.get('extends')
  if (extendsValue === undefined) return service
  const base = baseOf(extendsValue)
  if (base === undefined || base.file) return service
  if (!services.has(base.service)) {
    problems.push({
      line: extendsValue.span.line,
      message: `expected the service '${base.service}' that '${name}' extends to be defined in this file, found none`
    })
    return service
  }
  if (visiting.has(base.service)) {
    problems.push({
      line: extendsValue.span.line,
      message: `expected 'extends' to end at a service that extends nothing, found a cycle through '${base.service}'`
    })
    return service
  }
  return mergeService(resolve(base.service), service)
}

/** `extends: web` or `extends: { service: web, file: other.yml }`; undefined when it names nothing readable. */
function baseOf(value: Value): { service: string; file: boolean } | undefined {
  if (value.kind === 'string') return { service: value.value, file: false }
  if (value.kind !== 'map') return undefined
  const service = value.entries.get('service')
  if (service?.kind !== 'string') return undefined
  const file = value.entries.get('file')
  return { service: service.value, file: file !== undefined && file.kind !== 'null' }
}
