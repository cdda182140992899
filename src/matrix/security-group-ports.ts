import type { MapValue, Resource, Value } from '../model.js'
import { attributeOf, numberOf, refersTo, refsIn, scalarOf, unitOf } from './resource-values.js'

export interface PortRange {
  from: number
  to: number
  /** Where the range is written. */
  file: string
  line: number
}

export interface IngressRanges {
  ranges: PortRange[]
  /** Some rule's ports or direction could not be settled. */
  unknown: boolean
}

/**
 * The ingress port ranges of a security group: its inline `ingress` blocks and
 * the separate rule resources of its unit that point at it. All-traffic rules
 * (protocol -1 or all ports) are left out: they say nothing about a workload.
 */
export function ingressRanges(group: Resource, snapshot: readonly Resource[]): IngressRanges {
  const parts = [inlineRanges(group), ...separateRules(group, snapshot).map(ruleRange)]
  return { ranges: parts.flatMap(p => p.ranges), unknown: parts.some(p => p.unknown) }
}

function inlineRanges(group: Resource): IngressRanges {
  const ingress = attributeOf(group, 'ingress')
  if (ingress === undefined) return { ranges: [], unknown: false }
  if (ingress.kind !== 'list') return { ranges: [], unknown: ingress.kind === 'unknown' }
  const parts = ingress.items.map(item =>
    item.kind === 'map'
      ? rangeOf(group.file, item, 'protocol')
      : { ranges: [], unknown: item.kind === 'unknown' }
  )
  return { ranges: parts.flatMap(p => p.ranges), unknown: parts.some(p => p.unknown) }
}

/** Rule resources of the group's unit whose `security_group_id` refers to it. */
function separateRules(group: Resource, snapshot: readonly Resource[]): Resource[] {
  const unit = unitOf(group)
  return snapshot.filter(r => {
    if (!RULE_TYPES.has(r.type) || unitOf(r) !== unit) return false
    const target = attributeOf(r, 'security_group_id')
    return target !== undefined && refsIn(target).some(ref => refersTo(ref, group.address))
  })
}

const RULE_TYPES = new Set(['aws_security_group_rule', 'aws_vpc_security_group_ingress_rule'])

function ruleRange(rule: Resource): IngressRanges {
  if (rule.type === 'aws_vpc_security_group_ingress_rule') return rangeOf(rule.file, rule.body, 'ip_protocol')
  const direction = attributeOf(rule, 'type')
  if (direction?.kind === 'unknown') return { ranges: [], unknown: true }
  if (direction === undefined || scalarOf(direction) !== 'ingress') return { ranges: [], unknown: false }
  return rangeOf(rule.file, rule.body, 'protocol')
}

function rangeOf(file: string, block: MapValue, protocolKey: string): IngressRanges {
  const protocol = block.entries.get(protocolKey)
  const fromValue = block.entries.get('from_port')
  const toValue = block.entries.get('to_port')
  if ([protocol, fromValue, toValue].some(v => v?.kind === 'unknown')) return { ranges: [], unknown: true }
  const from = numberOf(fromValue)
  const to = numberOf(toValue) ?? from
  if (from === undefined || to === undefined || allTraffic(protocol, from, to))
    return { ranges: [], unknown: false }
  return { ranges: [{ from, to, file, line: (fromValue as Value).span.line }], unknown: false }
}

function allTraffic(protocol: Value | undefined, from: number, to: number): boolean {
  const name = protocol === undefined ? undefined : String(scalarOf(protocol) ?? '').toLowerCase()
  return name === '-1' || name === 'all' || (from <= 0 && to >= 65535)
}
