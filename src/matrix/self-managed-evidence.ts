import type { Resource } from '../model.js'
import { firstEvidence, NO_EVIDENCE, UNKNOWN_EVIDENCE, type Evidence } from './evidence.js'
import { attributeOf, refersTo, refsIn, stringsIn, unitOf } from './resource-values.js'
import { ingressRanges } from './security-group-ports.js'
import type { PortEvidence, ReplacementShiftPattern, TextEvidence } from './shift-patterns.js'

/**
 * Whether a resource runs the pattern's workload itself: its attributes
 * mention it, or a security group of its unit opens one of its ports.
 * `snapshot` is the side (base or head) the resource was read from.
 */
export function selfManagedEvidence(
  pattern: ReplacementShiftPattern,
  resource: Resource,
  snapshot: readonly Resource[]
): Evidence {
  const { mentions, openPorts } = pattern.selfManaged
  return firstEvidence([
    mentions ? mentionEvidence(mentions, resource) : NO_EVIDENCE,
    openPorts ? portEvidence(openPorts, resource, snapshot) : NO_EVIDENCE
  ])
}

function mentionEvidence(spec: TextEvidence, resource: Resource): Evidence {
  let unknown = false
  for (const attribute of spec.attributes) {
    const value = attributeOf(resource, attribute)
    if (value === undefined) continue
    const found = stringsIn(value)
    unknown ||= found.unknown
    for (const { text, span } of found.strings) {
      const match = spec.pattern.exec(text)
      if (match) return { kind: 'found', detail: `"${match[0]}" in its ${attribute} (line ${span.line})` }
    }
  }
  return unknown ? UNKNOWN_EVIDENCE : NO_EVIDENCE
}

function portEvidence(spec: PortEvidence, resource: Resource, snapshot: readonly Resource[]): Evidence {
  const groups = securityGroupsOf(spec, resource, snapshot)
  let unknown = groups.unknown
  for (const group of groups.found) {
    const ingress = ingressRanges(group, snapshot)
    unknown ||= ingress.unknown
    for (const range of ingress.ranges) {
      const port = spec.ports.find(p => range.from <= p && p <= range.to)
      if (port !== undefined) {
        return {
          kind: 'found',
          detail: `port ${port} open in its security group ${group.address} (${range.file} line ${range.line})`
        }
      }
    }
  }
  return unknown ? UNKNOWN_EVIDENCE : NO_EVIDENCE
}

/** Security groups of the same unit that the resource's attributes refer to. */
function securityGroupsOf(
  spec: PortEvidence,
  resource: Resource,
  snapshot: readonly Resource[]
): { found: Resource[]; unknown: boolean } {
  const unit = unitOf(resource)
  const groups = snapshot.filter(r => r.type === 'aws_security_group' && unitOf(r) === unit)
  const refs = spec.attributes.flatMap(a => {
    const value = attributeOf(resource, a)
    return value === undefined ? [] : refsIn(value)
  })
  const found = groups.filter(g => refs.some(ref => refersTo(ref, g.address)))
  const unresolved = refs.some(ref => !groups.some(g => refersTo(ref, g.address)))
  return { found, unknown: unresolved }
}
