import type { Value } from '../model.js'
import { describeValue } from '../values.js'
import type { Condition } from './compiled.js'
import type { RawCondition, RawQuantifier } from './condition-syntax.js'
import { parsePath } from './path.js'
import type { Reached, Scope } from './resolve-path.js'
import { resolvePath } from './resolve-path.js'
import type { Evidence, Verdict } from './truth.js'
import { negate, ValueEvidence } from './truth.js'

interface Item {
  value: Value
  path: string
}

/**
 * `some` / `none` / `every` over the items of a list. A single map (or
 * scalar) counts as a one-item list; an unset attribute as an empty one.
 * `where` is evaluated with each item as its root.
 */
export function compileQuantifier(
  quantifier: 'some' | 'none' | 'every',
  raw: RawQuantifier,
  compile: (raw: RawCondition) => Condition
): Condition {
  const steps = parsePath(raw.attr)
  const where = raw.where === undefined ? undefined : compile(raw.where)
  const some: Condition = (ctx, scope) => {
    const reached = resolvePath(steps, scope)
    let unknown: Verdict | undefined
    for (const item of itemsOf(reached)) {
      const verdict = item.value.kind === 'unknown' ? unknownItem(item) : test(where, ctx, item)
      if (verdict.truth === 'true') return matched(item, verdict, where !== undefined)
      if (verdict.truth === 'unknown') unknown ??= verdict
    }
    return unknown ?? { truth: 'false', evidence: container(reached, 'no item of', 'matches') }
  }
  if (quantifier === 'some') return some
  if (quantifier === 'none') {
    return (ctx, scope) => {
      const verdict = some(ctx, scope)
      return { truth: negate(verdict.truth), evidence: verdict.evidence }
    }
  }
  return (ctx, scope) => {
    const reached = resolvePath(steps, scope)
    let unknown: Verdict | undefined
    for (const item of itemsOf(reached)) {
      const verdict = item.value.kind === 'unknown' ? unknownItem(item) : test(where, ctx, item)
      if (verdict.truth === 'false') return { truth: 'false', evidence: onItem(item, verdict.evidence) }
      if (verdict.truth === 'unknown') unknown ??= verdict
    }
    return unknown ?? { truth: 'true', evidence: container(reached, 'every item of', 'matches') }
  }
}

function itemsOf(reached: Reached[]): Item[] {
  return reached.flatMap(({ value, path }): Item[] => {
    if (value === undefined) return []
    if (value.kind === 'list') return value.items.map((item, i) => ({ value: item, path: `${path}[${i}]` }))
    return [{ value, path }]
  })
}

function test(where: Condition | undefined, ctx: Parameters<Condition>[0], item: Item): Verdict {
  const scope: Scope = { root: item.value, path: item.path, span: item.value.span }
  if (where !== undefined) return where(ctx, scope)
  return { truth: 'true', evidence: new ValueEvidence(item.value.span, item.path, item.value) }
}

function unknownItem(item: Item): Verdict {
  const expr = item.value.kind === 'unknown' ? item.value.expr : describeValue(item.value)
  const message = `\`${item.path}\` cannot be settled statically: ${expr}`
  return { truth: 'unknown', evidence: { span: item.value.span, path: item.path, message, expr } }
}

/** The matching item is the evidence; the message says what about it matched. */
function matched(item: Item, verdict: Verdict, hasWhere: boolean): Verdict {
  if (!hasWhere) return { truth: 'true', evidence: new ValueEvidence(item.value.span, item.path, item.value) }
  const inner = verdict.evidence
  const evidence: Evidence = {
    span: item.value.span,
    path: item.path,
    value: item.value,
    get message() {
      return inner.message
    }
  }
  return { truth: 'true', evidence }
}

function onItem(item: Item, inner: Evidence): Evidence {
  return { span: item.value.span, path: item.path, message: inner.message, value: item.value }
}

function container(reached: Reached[], before: string, after: string): Evidence {
  const first = reached[0] as Reached
  const message =
    first.value === undefined ? `\`${first.path}\` is not set` : `${before} \`${first.path}\` ${after}`
  return { span: first.span, path: first.path, message, ...(first.value ? { value: first.value } : {}) }
}
