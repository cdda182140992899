import { describeValue } from '../values.js'
import type { Condition } from './compiled.js'
import type { RawLeaf } from './condition-syntax.js'
import { operatorsOf } from './condition-syntax.js'
import type { Test } from './operators.js'
import { bindOperator } from './operators.js'
import { parsePath } from './path.js'
import { plainToValue } from './plain-value.js'
import type { Reached } from './resolve-path.js'
import { resolvePath } from './resolve-path.js'
import type { Verdict } from './truth.js'
import { NotSetEvidence, ValueEvidence } from './truth.js'

/**
 * `{ attr, <operator>: operand, default? }`. An attribute that is not set
 * takes the default (or null). Where the path reaches several values, the
 * leaf holds only when it holds for every one; the first that does not is
 * the evidence. An unknown value makes the leaf unknown, except that
 * `exists` counts a reference to another resource as set.
 */
export function compileLeaf(leaf: RawLeaf): Condition {
  const steps = parsePath(leaf.attr)
  const [operator] = operatorsOf(leaf)
  if (operator === undefined) throw new Error(`no operator on attr '${leaf.attr}'`)
  const test = bindOperator(operator, leaf[operator])
  const fallback = leaf.default
  const presence = operator === 'exists'
  return (_ctx, scope) => {
    let first: Verdict | undefined
    let unknown: Verdict | undefined
    for (const reached of resolvePath(steps, scope)) {
      const verdict = judge(reached, test, fallback, presence)
      if (verdict.truth === 'false') return verdict
      if (verdict.truth === 'unknown') unknown ??= verdict
      first ??= verdict
    }
    return unknown ?? (first as Verdict)
  }
}

function judge(reached: Reached, test: Test, fallback: unknown, presence: boolean): Verdict {
  const { value, path, span } = reached
  if (value === undefined) {
    const stand = plainToValue(fallback, span)
    const shown = fallback === undefined || fallback === null ? undefined : stand
    return { truth: test(stand), evidence: new NotSetEvidence(span, path, shown) }
  }
  if (value.kind === 'unknown' && !(presence && (value.refs?.length ?? 0) > 0)) {
    const message = `\`${path}\` cannot be settled statically: ${describeValue(value)}`
    return { truth: 'unknown', evidence: { span, path, message, value, expr: value.expr } }
  }
  return { truth: test(value), evidence: new ValueEvidence(span, path, value) }
}
