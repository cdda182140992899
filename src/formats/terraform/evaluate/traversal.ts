import type { Value } from '../../../model.js'
import type { Compound, Expr, GetExpr, NameExpr, Step } from '../parse/ast.js'
import { type Env, lookup } from './context.js'
import { asNumber, asString } from './convert.js'
import { evaluate } from './evaluate.js'
import { resolveLocal } from './locals.js'
import { respan } from './respan.js'
import { sourceText, unknownOf, unknownValue } from './unknown.js'

/** Roots whose values only exist when Terraform runs. */
const RUNTIME_ROOTS = new Set(['count', 'each', 'path', 'terraform', 'self'])

/** A placeholder for "cannot be settled here"; the caller labels it with the whole expression. */
function unsettled(expr: Compound, refs: string[]): Value {
  return unknownValue('', expr.span, refs)
}

/** The value of a reference, re-spanned to where it is used, or an unknown with its text and refs. */
function settle(value: Value, expr: Compound, env: Env): Value {
  if (value.kind === 'unknown') return unknownOf(expr, env, value.refs ?? [])
  return respan(value, expr.span, env.unit, sourceText(env.text, expr.start, expr.end))
}

export function evaluateName(expr: NameExpr, env: Env): Value {
  const bound = lookup(env.scope, expr.name)
  return settle(bound ?? unsettled(expr, []), expr, env)
}

export function evaluateGet(expr: GetExpr, env: Env): Value {
  const target = expr.target
  const value =
    target.kind === 'name'
      ? resolveReference(expr, target.name, env)
      : applySteps(evaluate(target, env), expr.steps, 0, expr, env)
  return settle(value, expr, env)
}

function attrName(steps: Step[], i: number): string | undefined {
  const step = steps[i]
  return step?.t === 'attr' ? step.name : undefined
}

/** `var.x`, `local.x`, a bound name, or a reference to a resource, data source or module. */
function resolveReference(expr: GetExpr, root: string, env: Env): Value {
  const steps = expr.steps
  const bound = lookup(env.scope, root)
  if (bound !== undefined) return applySteps(bound, steps, 0, expr, env)
  const first = attrName(steps, 0)
  if (root === 'var' || root === 'local') {
    const value =
      first === undefined
        ? undefined
        : root === 'var'
          ? env.unit.vars.get(first)
          : resolveLocal(env.unit, first)
    return value === undefined ? unsettled(expr, []) : applySteps(value, steps, 1, expr, env)
  }
  if (RUNTIME_ROOTS.has(root) || first === undefined) return unsettled(expr, [])
  const prefix = env.unit.prefix
  if (root === 'module') return moduleReference(expr, first, env)
  if (root === 'data') {
    const name = attrName(steps, 1)
    return unsettled(expr, name === undefined ? [] : [`${prefix}data.${first}.${name}`])
  }
  return unsettled(expr, [`${prefix}${root}.${first}`])
}

/**
 * `module.x.out`: the output's value when the call is followed (an unknown
 * output keeps the refs of the resources inside the module it comes from),
 * else unknown with a ref to the call. With `count` or `for_each` the one
 * instance analysed answers for `module.x[k]`.
 */
function moduleReference(expr: GetExpr, name: string, env: Env): Value {
  const call = `${env.unit.prefix}module.${name}`
  const module = env.unit.module?.(name)
  if (module === undefined) return unsettled(expr, [call])
  let from = 1
  if (module.instanced) {
    const step = expr.steps[1]
    if (step === undefined) return unsettled(expr, [call])
    if (step.t === 'index') from = 2
  }
  const value = applySteps(module.value, expr.steps, from, expr, env)
  return value.kind === 'unknown' && value.expr === '' && value.refs === undefined
    ? unsettled(expr, [call])
    : value
}

/** Follows `.a`, `[i]`, `[*]` and `.*` steps through a value; anything missing is unsettled. */
export function applySteps(value: Value, steps: Step[], from: number, expr: Compound, env: Env): Value {
  let current = value
  for (let i = from; i < steps.length; i++) {
    if (current.kind === 'unknown') return current
    const step = steps[i] as Step
    if (step.t === 'splat') return applySplat(current, steps, i, expr, env)
    const next = step.t === 'attr' ? attribute(current, step.name) : index(current, step.key, expr, env)
    if (next === undefined) return unsettled(expr, [])
    current = next
  }
  return current
}

function attribute(value: Value, name: string): Value | undefined {
  return value.kind === 'map' ? value.entries.get(name) : undefined
}

function index(value: Value, keyExpr: Expr, expr: Compound, env: Env): Value | undefined {
  const key = evaluate(keyExpr, env)
  if (key.kind === 'unknown') return unsettled(expr, key.refs ?? [])
  if (value.kind === 'list') {
    const i = asNumber(key)
    return i === undefined || !Number.isInteger(i) ? undefined : value.items[i]
  }
  if (value.kind === 'map') {
    const name = asString(key)
    return name === undefined ? undefined : value.entries.get(name)
  }
  return undefined
}

/**
 * `[*]` applies every following step to each element; `.*` only the
 * attribute steps right after it. A non-list becomes a one-element list,
 * null an empty one, as Terraform does.
 */
function applySplat(value: Value, steps: Step[], at: number, expr: Compound, env: Env): Value {
  const full = (steps[at] as { full: boolean }).full
  let end = at + 1
  if (full) end = steps.length
  else while (end < steps.length && (steps[end] as Step).t === 'attr') end++
  const each = steps.slice(at + 1, end)
  const elements = value.kind === 'list' ? value.items : value.kind === 'null' ? [] : [value]
  const items = elements.map(item => {
    const result = applySteps(item, each, 0, expr, env)
    return result.kind === 'unknown' && result.expr === '' ? unknownOf(expr, env, result.refs ?? []) : result
  })
  return applySteps({ kind: 'list', items, span: value.span }, steps, end, expr, env)
}
