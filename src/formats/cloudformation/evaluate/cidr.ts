import type { Value } from '../../../model.js'
import { indexOf, listArguments } from './arguments.js'
import type { EvalContext } from './context.js'
import { spend } from './context.js'
import type { Call, Evaluated } from './results.js'
import { refsIn, scalarText, stringAt, unknownCall } from './results.js'

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/

/**
 * `Fn::Cidr [ipBlock, count, cidrBits]`: the first `count` subnets of an IPv4
 * block, each with `cidrBits` host bits. IPv6 blocks (usually another
 * resource's attribute anyway) are left unknown.
 */
export function evalCidr(call: Call, ctx: EvalContext): Evaluated {
  const args = listArguments(call, ctx, 3)
  if (args === undefined) return unknownCall(call)
  const [block, count, bits] = [
    scalarText(args[0] as Value),
    indexOf(args[1] as Value),
    indexOf(args[2] as Value)
  ]
  const subnets =
    block === undefined || count === undefined || bits === undefined ? undefined : cidrs(block, count, bits)
  if (subnets === undefined || !spend(ctx.budget, subnets.length)) return unknownCall(call, refsIn(args))
  const span = call.node.span
  return { kind: 'list', items: subnets.map(subnet => stringAt(subnet, span)), span }
}

/** The subnets, or undefined when the block is not IPv4 or cannot hold them. */
export function cidrs(block: string, count: number, bits: number): string[] | undefined {
  const match = IPV4.exec(block)
  if (match === null || count < 1 || count > 256 || bits < 1) return undefined
  const octets = match.slice(1, 5).map(Number)
  const prefix = Number(match[5])
  if (octets.some(o => o > 255) || prefix > 32 || 32 - bits < prefix) return undefined
  if (count > 2 ** (32 - bits - prefix)) return undefined
  const base = octets.reduce((n, o) => n * 256 + o, 0)
  const size = 2 ** bits
  const start = base - (base % 2 ** (32 - prefix))
  return Array.from({ length: count }, (_, i) => `${dotted(start + i * size)}/${32 - bits}`)
}

function dotted(address: number): string {
  return [24, 16, 8, 0].map(shift => Math.floor(address / 2 ** shift) % 256).join('.')
}
