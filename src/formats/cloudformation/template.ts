import type { MapValue, Value } from '../../model.js'
import type { Parameter, Template } from './evaluate/context.js'

/**
 * The names a template declares, for intrinsics to look up: parameters with
 * their types and defaults, mappings, conditions and resources' logical ids.
 * Sections of the wrong shape declare nothing; the resources report them.
 */
export function readTemplate(root: MapValue): Template {
  return {
    parameters: readParameters(root.entries.get('Parameters')),
    mappings: asMap(root.entries.get('Mappings')),
    resources: new Set(asMap(root.entries.get('Resources'))?.entries.keys() ?? []),
    conditions: new Set(asMap(root.entries.get('Conditions'))?.entries.keys() ?? [])
  }
}

function readParameters(section: Value | undefined): Map<string, Parameter> {
  const parameters = new Map<string, Parameter>()
  const map = asMap(section)
  if (map === undefined) return parameters
  for (const [name, declaration] of map.entries) {
    const fields = asMap(declaration)
    const type = fields?.entries.get('Type')
    parameters.set(name, {
      type: type?.kind === 'string' ? type.value : 'String',
      default: fields?.entries.get('Default')
    })
  }
  return parameters
}

export function asMap(value: Value | undefined): MapValue | undefined {
  return value?.kind === 'map' ? value : undefined
}
