// CloudFormation types and attributes that rules/services.yml lists by name, checked against the spec.
import { load } from 'js-yaml'

/** Resource attributes (not properties) a change can touch, written with a `$` in the catalogue. */
const RESOURCE_ATTRIBUTES = new Set(['$DeletionPolicy', '$UpdateReplacePolicy', '$Condition', '$DependsOn'])

/**
 * One problem per CloudFormation type the spec does not have and per
 * attribute that is neither one of the type's properties nor a resource
 * attribute: a misspelt property would never match a change.
 */
export function propertyProblems(file, servicesText, spec) {
  const problems = []
  for (const [id, service] of Object.entries(load(servicesText).services)) {
    for (const [type, entry] of Object.entries(service.types?.cloudformation ?? {})) {
      const where = `${file}: services.${id}.types.cloudformation["${type}"]`
      const properties = spec.properties.get(type)
      if (properties === undefined) {
        problems.push(
          `${where}: expected a type of ${spec.source.package} ${spec.source.version}, found none`
        )
        continue
      }
      for (const name of Object.keys(entry.attributes ?? {})) {
        if (properties.has(name) || RESOURCE_ATTRIBUTES.has(name)) continue
        problems.push(`${where}.attributes.${name}: expected a property of ${type}; found none by that name`)
      }
    }
  }
  return problems
}
