import type { Resource, Value } from '../model.js'
import { describeValue } from '../values.js'
import type { Condition, EvalContext } from './compiled.js'
import type { RawCondition, RawRelated } from './condition-syntax.js'
import type { Step } from './path.js'
import { parsePath } from './path.js'
import { resolvePath } from './resolve-path.js'
import type { Evidence, Truth, Verdict } from './truth.js'
import { and, fromBoolean, or } from './truth.js'

/**
 * True when some resource of the given type(s) in the same unit points at
 * this one through its `via` attribute — a reference to this resource, or
 * a literal equal to this resource's own attribute of that name — and
 * satisfies `where`. No such resource: false. A candidate whose `via`
 * cannot be settled (and names no resource): unknown.
 */
export function compileRelated(raw: RawRelated, compile: (raw: RawCondition) => Condition): Condition {
  const types = typeof raw.type === 'string' ? [raw.type] : raw.type
  const via = parsePath(raw.via)
  const where = raw.where === undefined ? undefined : compile(raw.where)
  return ctx => {
    const self = ctx.resource
    const own = firstValue(via, self)
    let failed: Evidence | undefined
    let unknown: Verdict | undefined
    for (const candidate of ctx.related.candidates(self, types)) {
      const pointer = firstValue(via, candidate)
      const link = linkOf(pointer, self, own)
      if (link === 'false') continue
      const inner = where === undefined ? undefined : check(where, ctx, candidate)
      const truth = and([link, inner?.truth ?? 'true'])
      if (truth === 'true') return { truth, evidence: found(self, candidate, raw.via, inner) }
      if (truth === 'unknown')
        unknown ??= unsettled(self, candidate, raw.via, link === 'unknown' ? pointer : undefined, inner)
      else failed ??= relay(self, candidate, (inner as Verdict).evidence)
    }
    if (unknown !== undefined) return unknown
    return { truth: 'false', evidence: failed ?? nothing(self, types, raw.via) }
  }
}

function firstValue(steps: readonly Step[], resource: Resource): Value | undefined {
  return resolvePath(steps, { root: resource.body, path: '', span: resource.span })[0]?.value
}

/** Does the candidate's `via` value point at `self`? */
function linkOf(value: Value | undefined, self: Resource, own: Value | undefined): Truth {
  if (value === undefined) return 'false'
  if (value.kind === 'list') return or(value.items.map(item => linkOf(item, self, own)))
  if (value.kind === 'unknown') {
    if (value.refs === undefined || value.refs.length === 0) return 'unknown'
    return fromBoolean(value.refs.some(ref => refersTo(ref, self.address)))
  }
  if (value.kind !== 'string' || own === undefined) return 'false'
  if (own.kind === 'unknown') return 'unknown'
  return fromBoolean(own.kind === 'string' && own.value === value.value)
}

function refersTo(ref: string, address: string): boolean {
  return ref === address || ref.startsWith(`${address}.`) || ref.startsWith(`${address}[`)
}

function check(where: Condition, ctx: EvalContext, candidate: Resource): Verdict {
  const scope = { root: candidate.body, path: '', span: candidate.span }
  return where({ resource: candidate, related: ctx.related }, scope)
}

/** Evidence inside the candidate is shown where it is when it is in the same file; else on this resource. */
function relay(self: Resource, candidate: Resource, inner: Evidence): Evidence {
  const message = `${candidate.address}: ${inner.message}`
  const path = inner.path === '' ? candidate.address : `${candidate.address}.${inner.path}`
  if (candidate.file !== self.file) return { span: self.span, path, message, ...valueOf(inner) }
  return { ...inner, path, message }
}

function found(self: Resource, candidate: Resource, via: string, inner: Verdict | undefined): Evidence {
  const base = `\`${candidate.address}\` refers to it through \`${via}\``
  const message = inner === undefined ? base : `${base}: ${inner.evidence.message}`
  const span = candidate.file === self.file ? candidate.span : self.span
  return { span, path: candidate.address, message }
}

/** Unknown because the candidate's pointer cannot be settled (`pointer`), or because its `where` cannot. */
function unsettled(
  self: Resource,
  candidate: Resource,
  via: string,
  pointer: Value | undefined,
  inner: Verdict | undefined
): Verdict {
  if (pointer !== undefined) {
    const expr = pointer.kind === 'unknown' ? pointer.expr : describeValue(pointer)
    const message = `cannot tell whether \`${candidate.address}\` refers to it: \`${via}\` is ${expr}`
    const span = candidate.file === self.file ? pointer.span : self.span
    return { truth: 'unknown', evidence: { span, path: `${candidate.address}.${via}`, message, expr } }
  }
  return { truth: 'unknown', evidence: relay(self, candidate, (inner as Verdict).evidence) }
}

function nothing(self: Resource, types: readonly string[], via: string): Evidence {
  const message = `no ${types.join(' or ')} refers to \`${self.address}\` through \`${via}\``
  return { span: self.span, path: types.join('|'), message }
}

function valueOf(evidence: Evidence): Pick<Evidence, 'value' | 'expr'> {
  return {
    ...(evidence.value === undefined ? {} : { value: evidence.value }),
    ...(evidence.expr === undefined ? {} : { expr: evidence.expr })
  }
}
