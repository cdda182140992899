import type { Condition } from './compiled.js'
import { compileLeaf } from './compile-leaf.js'
import { compileQuantifier } from './compile-quantifier.js'
import { compileRelated } from './compile-related.js'
import type { RawCondition, RawLeaf } from './condition-syntax.js'
import type { Evidence, Verdict } from './truth.js'
import { negate } from './truth.js'

/** Compiles a (schema-checked) condition tree into one closure. */
export function compileCondition(raw: RawCondition): Condition {
  if ('all' in raw) return compileAll(raw.all.map(compileCondition))
  if ('any' in raw) return compileAny(raw.any.map(compileCondition))
  if ('not' in raw) return compileNot(compileCondition(raw.not))
  if ('some' in raw) return compileQuantifier('some', raw.some, compileCondition)
  if ('none' in raw) return compileQuantifier('none', raw.none, compileCondition)
  if ('every' in raw) return compileQuantifier('every', raw.every, compileCondition)
  if ('related' in raw) return compileRelated(raw.related, compileCondition)
  return compileLeaf(raw as RawLeaf)
}

/** False as soon as a child is false (its evidence); else unknown if one is; else true. */
function compileAll(children: Condition[]): Condition {
  return (ctx, scope) => {
    let first: Verdict | undefined
    let unknown: Verdict | undefined
    for (const child of children) {
      const verdict = child(ctx, scope)
      if (verdict.truth === 'false') return verdict
      if (verdict.truth === 'unknown') unknown ??= verdict
      first ??= verdict
    }
    return unknown ?? (first as Verdict)
  }
}

/** True as soon as a child is true; else unknown if one is; else false, saying why each failed. */
function compileAny(children: Condition[]): Condition {
  return (ctx, scope) => {
    const failed: Verdict[] = []
    let unknown: Verdict | undefined
    for (const child of children) {
      const verdict = child(ctx, scope)
      if (verdict.truth === 'true') return verdict
      if (verdict.truth === 'unknown') unknown ??= verdict
      else failed.push(verdict)
    }
    return unknown ?? { truth: 'false', evidence: combine(failed.map(v => v.evidence)) }
  }
}

/** Points at the first concrete value among the alternatives, and names every reason (when read). */
function combine(evidence: Evidence[]): Evidence {
  const chosen = evidence.find(e => e.value !== undefined) ?? (evidence[0] as Evidence)
  const { span, path, value, expr } = chosen
  return {
    span,
    path,
    ...(value === undefined ? {} : { value }),
    ...(expr === undefined ? {} : { expr }),
    get message() {
      return [...new Set(evidence.map(e => e.message))].join('; ')
    }
  }
}

function compileNot(child: Condition): Condition {
  return (ctx, scope) => {
    const verdict = child(ctx, scope)
    return { truth: negate(verdict.truth), evidence: verdict.evidence }
  }
}
