import type { Resource } from '../model.js'
import { firstEvidence, NO_EVIDENCE, UNKNOWN_EVIDENCE, type Evidence } from './evidence.js'
import { hasUnnamedUnknown, refersTo, refsIn, textsIn, unitOf, valuesAt } from './resource-values.js'
import { ingressRanges, isSecurityGroup } from './security-group-ports.js'
import type { PortEvidence, ReplacementShiftPattern, TextEvidence } from './shift-pattern-types.js'

/** Evidence for a pattern that needs none: the resource's type says it all, and the sentence adds nothing. */
const BY_TYPE: Evidence = { kind: 'found', detail: '' }

/**
 * Whether a resource runs the pattern's workload itself: its attributes
 * mention it, or a security group of its unit opens one of its ports, as its
 * format writes them. `snapshot` is the side (base or head) the resource was
 * read from.
 */
export function selfManagedEvidence(
  pattern: ReplacementShiftPattern,
  resource: Resource,
  snapshot: readonly Resource[]
): Evidence {
  const evidence = pattern.selfManaged.evidence
  if (evidence === undefined) return BY_TYPE
  const spec = evidence[resource.format]
  if (spec === undefined) return NO_EVIDENCE
  return firstEvidence([
    spec.mentions ? mentionEvidence(spec.mentions, resource) : NO_EVIDENCE,
    spec.openPorts ? portEvidence(spec.openPorts, resource, snapshot) : NO_EVIDENCE
  ])
}

function mentionEvidence(spec: TextEvidence, resource: Resource): Evidence {
  let unknown = false
  for (const attribute of spec.attributes) {
    for (const value of valuesAt(resource, attribute)) {
      const found = textsIn(value)
      unknown ||= found.unknown
      for (const { text, span, base64 } of found.texts) {
        const match = spec.pattern.exec(text)
        const where = base64 ? `base64-decoded, line ${span.line}` : `line ${span.line}`
        if (match) return { kind: 'found', detail: `"${match[0]}" in its ${attribute} (${where})` }
      }
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

/**
 * Security groups of the same unit that the resource's attributes refer to;
 * `unknown` when a reference leads outside the unit or names nothing.
 */
function securityGroupsOf(
  spec: PortEvidence,
  resource: Resource,
  snapshot: readonly Resource[]
): { found: Resource[]; unknown: boolean } {
  const unit = unitOf(resource)
  const groups = snapshot.filter(
    r => r.format === resource.format && isSecurityGroup(r) && unitOf(r) === unit
  )
  const values = spec.attributes.flatMap(a => valuesAt(resource, a))
  const refs = values.flatMap(refsIn)
  const found = groups.filter(g => refs.some(ref => refersTo(ref, g.address)))
  const unresolved =
    refs.some(ref => !groups.some(g => refersTo(ref, g.address))) || values.some(hasUnnamedUnknown)
  return { found, unknown: unresolved }
}
