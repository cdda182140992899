import type { Resource } from '../model.js'
import { describeValue } from '../values.js'
import type { Evidence } from './truth.js'

/** The rule's message with `{value}`, `{path}` and `{address}` filled in, or the evidence's own words. */
export function outcomeMessage(template: string | undefined, evidence: Evidence, resource: Resource): string {
  if (template === undefined) return evidence.message
  return template.replace(/\{(value|path|address)\}/g, (_, name: string) => {
    if (name === 'path') return evidence.path
    if (name === 'address') return resource.address
    return evidence.value === undefined ? 'not set' : describeValue(evidence.value)
  })
}
