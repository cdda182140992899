import type { Value } from '../../../model.js'
import type { CallExpr, Expr } from '../parse/ast.js'
import type { Builtin } from './builtin.js'
import { COLLECTION_FUNCTIONS } from './collection-functions.js'
import type { Env } from './context.js'
import { evaluate } from './evaluate.js'
import { JSON_FUNCTIONS } from './json-functions.js'
import { STRING_FUNCTIONS } from './string-functions.js'
import { refsOf, unknownOf } from './unknown.js'

/**
 * The pure functions evaluated when their arguments are known. Every other
 * call — `file`, `templatefile`, `timestamp`, provider functions, … — is
 * unknown: nothing is ever read or run.
 */
const BUILTINS: ReadonlyMap<string, Builtin> = new Map(
  Object.entries({
    ...STRING_FUNCTIONS,
    ...COLLECTION_FUNCTIONS,
    ...JSON_FUNCTIONS,
    try: args => args[0],
    can: (args, site) => (args.length === 1 ? { kind: 'bool', value: true, span: site.span } : undefined)
  } satisfies Record<string, Builtin>)
)

/** The arguments, with a trailing `list...` spread; undefined when the spread list is not known. */
function argumentsOf(expr: CallExpr, env: Env): { args: Value[]; spread: boolean } {
  const args = expr.args.map((arg: Expr) => evaluate(arg, env))
  if (!expr.expand) return { args, spread: true }
  const last = args.pop()
  if (last?.kind !== 'list') return { args: last === undefined ? args : [...args, last], spread: false }
  return { args: [...args, ...last.items], spread: true }
}

export function evaluateCall(expr: CallExpr, env: Env): Value {
  const { args, spread } = argumentsOf(expr, env)
  const builtin = BUILTINS.get(expr.name)
  if (builtin === undefined || !spread || args.some(arg => arg.kind === 'unknown')) {
    return unknownOf(expr, env, refsOf(args))
  }
  return builtin(args, { span: expr.span, unit: env.unit }) ?? unknownOf(expr, env, refsOf(args))
}
