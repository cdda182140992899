import type { ParseOutput } from '../../../src/formats/index.js'
import { kubernetesParser } from '../../../src/formats/kubernetes/index.js'
import type { MapValue, Resource, Value } from '../../../src/model.js'

/** Parses one manifest file as the scan does: the file is its own unit. */
export function parse(text: string, path = 'k8s/app.yaml'): ParseOutput {
  return kubernetesParser.parse(kubernetesParser.unitOf(path), [{ path, text }])
}

export function only(text: string, path?: string): Resource {
  const out = parse(text, path)
  if (out.errors.length > 0) throw new Error(JSON.stringify(out.errors))
  if (out.resources.length !== 1) throw new Error(`expected one resource, found ${out.resources.length}`)
  return out.resources[0] as Resource
}

/** The value at a dotted path (`spec.template.spec`, `containers[0].image`). */
export function at(value: Value, path: string): Value | undefined {
  let current: Value | undefined = value
  for (const step of path.split('.')) {
    const [, key, index] = /^([^[]*)(?:\[(\d+)\])?$/.exec(step) as RegExpExecArray
    if (key !== '') current = current?.kind === 'map' ? current.entries.get(key as string) : undefined
    if (index !== undefined) current = current?.kind === 'list' ? current.items[Number(index)] : undefined
  }
  return current
}

export function entry(map: MapValue, path: string): Value {
  const value = at(map, path)
  if (value === undefined) throw new Error(`nothing at ${path}`)
  return value
}

export function lines(text: string): string {
  return text.replace(/^\n/, '')
}
