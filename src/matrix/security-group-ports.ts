import type { Format, Resource, Value } from '../model.js'
import { attributeAt, numberOf, refersTo, refsIn, scalarOf, unitOf, valuesAt } from './resource-values.js'

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

/** The keys of one ingress rule, as a format names them. */
interface RuleKeys {
  protocol: string
  from: string
  to: string
}

/** A resource type that adds an ingress rule to a group it refers to. */
interface SeparateRule extends RuleKeys {
  types: readonly string[]
  /** The attribute referring to the group. */
  group: string
  /** For rule types that hold egress rules too: the attribute and the value that mean ingress. */
  ingressWhen?: { attribute: string; value: string }
}

/** How a format writes security groups and their ingress rules. */
export interface SecurityGroupModel {
  groupTypes: readonly string[]
  /** The group's own ingress rules: a list attribute, and the keys of each rule. */
  inline: RuleKeys & { attribute: string }
  separate: readonly SeparateRule[]
}

/** Security groups as Terraform and CloudFormation write them; other formats have none. */
export const SECURITY_GROUP_MODELS: Readonly<Partial<Record<Format, SecurityGroupModel>>> = {
  terraform: {
    groupTypes: ['aws_security_group'],
    inline: { attribute: 'ingress', protocol: 'protocol', from: 'from_port', to: 'to_port' },
    separate: [
      {
        types: ['aws_security_group_rule'],
        group: 'security_group_id',
        ingressWhen: { attribute: 'type', value: 'ingress' },
        protocol: 'protocol',
        from: 'from_port',
        to: 'to_port'
      },
      {
        types: ['aws_vpc_security_group_ingress_rule'],
        group: 'security_group_id',
        protocol: 'ip_protocol',
        from: 'from_port',
        to: 'to_port'
      }
    ]
  },
  cloudformation: {
    groupTypes: ['AWS::EC2::SecurityGroup'],
    inline: { attribute: 'SecurityGroupIngress', protocol: 'IpProtocol', from: 'FromPort', to: 'ToPort' },
    separate: [
      {
        types: ['AWS::EC2::SecurityGroupIngress'],
        group: 'GroupId',
        protocol: 'IpProtocol',
        from: 'FromPort',
        to: 'ToPort'
      }
    ]
  }
}

/** Whether a resource is a security group in its format. */
export function isSecurityGroup(resource: Resource): boolean {
  return SECURITY_GROUP_MODELS[resource.format]?.groupTypes.includes(resource.type) ?? false
}

/**
 * The ingress port ranges of a security group: its inline rules and the
 * separate rule resources of its unit that point at it. All-traffic rules
 * (protocol -1 or all ports) and ICMP rules are left out: they say nothing
 * about a workload.
 */
export function ingressRanges(group: Resource, snapshot: readonly Resource[]): IngressRanges {
  const model = SECURITY_GROUP_MODELS[group.format]
  if (model === undefined) return { ranges: [], unknown: false }
  const parts = [
    inlineRanges(group, model),
    ...model.separate.flatMap(kind => separateRules(group, kind, snapshot).map(rule => ruleRange(rule, kind)))
  ]
  return { ranges: parts.flatMap(p => p.ranges), unknown: parts.some(p => p.unknown) }
}

function inlineRanges(group: Resource, model: SecurityGroupModel): IngressRanges {
  const ingress = attributeAt(group, model.inline.attribute)
  if (ingress === undefined) return { ranges: [], unknown: false }
  if (ingress.kind !== 'list') return { ranges: [], unknown: ingress.kind === 'unknown' }
  const parts = ingress.items.map(item =>
    item.kind === 'map'
      ? rangeOf(group.file, item.entries, model.inline)
      : { ranges: [], unknown: item.kind === 'unknown' }
  )
  return { ranges: parts.flatMap(p => p.ranges), unknown: parts.some(p => p.unknown) }
}

/** Rule resources of the group's unit and format whose group attribute refers to it. */
function separateRules(group: Resource, kind: SeparateRule, snapshot: readonly Resource[]): Resource[] {
  const unit = unitOf(group)
  return snapshot.filter(r => {
    if (r.format !== group.format || !kind.types.includes(r.type) || unitOf(r) !== unit) return false
    return valuesAt(r, kind.group).some(target => refsIn(target).some(ref => refersTo(ref, group.address)))
  })
}

function ruleRange(rule: Resource, kind: SeparateRule): IngressRanges {
  if (kind.ingressWhen !== undefined) {
    const direction = attributeAt(rule, kind.ingressWhen.attribute)
    if (direction?.kind === 'unknown') return { ranges: [], unknown: true }
    if (direction === undefined || scalarOf(direction) !== kind.ingressWhen.value)
      return { ranges: [], unknown: false }
  }
  return rangeOf(rule.file, rule.body.entries, kind)
}

function rangeOf(file: string, entries: ReadonlyMap<string, Value>, keys: RuleKeys): IngressRanges {
  const protocol = entries.get(keys.protocol)
  const fromValue = entries.get(keys.from)
  const toValue = entries.get(keys.to)
  if ([protocol, fromValue, toValue].some(v => v?.kind === 'unknown')) return { ranges: [], unknown: true }
  const from = numberOf(fromValue)
  const to = numberOf(toValue) ?? from
  if (from === undefined || to === undefined || notAWorkloadPort(protocol, from, to))
    return { ranges: [], unknown: false }
  return { ranges: [{ from, to, file, line: (fromValue as Value).span.line }], unknown: false }
}

/** All traffic (protocol -1, `all`, or every port), or ICMP, whose "ports" are message types. */
function notAWorkloadPort(protocol: Value | undefined, from: number, to: number): boolean {
  const name = protocol === undefined ? undefined : String(scalarOf(protocol) ?? '').toLowerCase()
  const icmp = name === 'icmp' || name === 'icmpv6' || name === '1' || name === '58'
  return icmp || name === '-1' || name === 'all' || (from <= 0 && to >= 65535)
}
