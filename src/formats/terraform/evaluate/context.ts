import type { Value } from '../../../model.js'
import type { Expr } from '../parse/ast.js'

/** A `locals` entry, evaluated on first use and remembered. */
export interface LocalDef {
  expr: Expr
  /** The text of the file that defines it (for the text of unknown values). */
  text: string
  state: 'pending' | 'evaluating' | 'done'
  value: Value | null
}

/** What one module directory knows while evaluating: its variables, its locals, and the limits. */
export interface UnitScope {
  /** Variable values after defaults and tfvars, with the spans of where they were defined. */
  vars: Map<string, Value>
  locals: Map<string, LocalDef>
  /** Current evaluation depth, and the deepest allowed before a value becomes unknown. */
  depth: number
  maxDepth: number
  /** Evaluation steps left: guards against values that grow exponentially through locals. */
  fuel: number
  /**
   * The address of the module instance being evaluated, as a prefix: `''`
   * at the top, `module.a.` inside module `a`, so that references name
   * resources by their full address.
   */
  prefix: string
  /** `module.<name>` of a call that is followed into its source; null when calls are not followed. */
  module: ((name: string) => ModuleValue | undefined) | null
}

/** What a followed module call gives its caller. */
export interface ModuleValue {
  /** The call's outputs, as a map. */
  value: Value
  /** With `count` or `for_each`: one instance stands for them all, so `module.x[k]` is that instance. */
  instanced: boolean
}

/** A name bound by a `for` expression, a template `for` or a `dynamic` block iterator. */
export interface Binding {
  name: string
  value: Value
  parent: Binding | null
}

/** Where an expression is evaluated: its unit, the text of its file, and the names in scope. */
export interface Env {
  unit: UnitScope
  text: string
  scope: Binding | null
}

export function newUnitScope(maxDepth: number, fuel: number, prefix = ''): UnitScope {
  return { vars: new Map(), locals: new Map(), depth: 0, maxDepth, fuel, prefix, module: null }
}

export function bind(env: Env, name: string, value: Value): Env {
  return { unit: env.unit, text: env.text, scope: { name, value, parent: env.scope } }
}

export function lookup(scope: Binding | null, name: string): Value | undefined {
  for (let b = scope; b !== null; b = b.parent) if (b.name === name) return b.value
  return undefined
}
