import type { Span, Value } from '../../../model.js'

/**
 * The syntax tree of an HCL file. Literals are already model {@link Value}s
 * (a list or map of literals too), so evaluating them costs nothing; every
 * other node keeps its span and its source offsets, for the text of an
 * unknown value.
 */
export type Expr =
  | Value
  | NameExpr
  | GetExpr
  | TupleExpr
  | ObjectExpr
  | TemplateExpr
  | CallExpr
  | UnaryExpr
  | BinaryExpr
  | ConditionalExpr
  | ForExpr

/** An expression that is not a literal. */
export type Compound = Exclude<Expr, Value>

interface Node {
  span: Span
  /** Offsets of the source text, end exclusive. */
  start: number
  end: number
}

/** A bare name: the root of a reference (`var`, `aws_s3_bucket`, an iterator). */
export interface NameExpr extends Node {
  kind: 'name'
  name: string
}

export type Step = { t: 'attr'; name: string } | { t: 'index'; key: Expr } | { t: 'splat'; full: boolean }

/** `target.a[0].b`, `target[*].id`, `target.*.id`. */
export interface GetExpr extends Node {
  kind: 'get'
  target: Expr
  steps: Step[]
}

export interface TupleExpr extends Node {
  kind: 'tuple'
  items: Expr[]
}

export interface ObjectExpr extends Node {
  kind: 'object'
  /** A string literal for a bare or quoted key, else an expression to evaluate. */
  keys: Expr[]
  values: Expr[]
}

export interface IfDirective {
  kind: 'if'
  test: Expr
  then: TemplatePart[]
  else: TemplatePart[]
}

export interface ForDirective {
  kind: 'for'
  keyVar: string | null
  valueVar: string
  collection: Expr
  body: TemplatePart[]
}

/** Literal text, an interpolated expression, or a `%{ }` directive. */
export type TemplatePart = string | Expr | IfDirective | ForDirective

export interface TemplateExpr extends Node {
  kind: 'template'
  parts: TemplatePart[]
}

export interface CallExpr extends Node {
  kind: 'call'
  name: string
  args: Expr[]
  /** The last argument ended with `...`. */
  expand: boolean
}

export interface UnaryExpr extends Node {
  kind: 'unary'
  op: '!' | '-'
  operand: Expr
}

export type BinaryOp = '||' | '&&' | '==' | '!=' | '<' | '>' | '<=' | '>=' | '+' | '-' | '*' | '/' | '%'

export interface BinaryExpr extends Node {
  kind: 'binary'
  op: BinaryOp
  left: Expr
  right: Expr
}

export interface ConditionalExpr extends Node {
  kind: 'conditional'
  test: Expr
  then: Expr
  else: Expr
}

/** `[for k, v in coll : value if cond]`, or with `key` set, `{for k, v in coll : key => value}`. */
export interface ForExpr extends Node {
  kind: 'for-expr'
  keyVar: string | null
  valueVar: string
  collection: Expr
  key: Expr | null
  value: Expr
  test: Expr | null
  /** `{for … : k => v...}` groups values by key. */
  group: boolean
}

/** The blocks of one type in a body, in source order (`ingress { … }` twice). */
export interface BlockList {
  kind: 'blocks'
  blocks: Block[]
}

/** What a body holds under a name: an attribute's expression, or the nested blocks of that type. */
export type BodyEntry = Expr | BlockList

/**
 * A block. Its body is already shaped like the model's map: entries and the
 * span of each name, in source order, built once by the parser; evaluation
 * settles the entries in place.
 */
export interface Block {
  type: string
  typeSpan: Span
  labels: string[]
  labelSpans: Span[]
  /** From the type to the closing brace. */
  span: Span
  /** The braces. */
  bodySpan: Span
  entries: Map<string, BodyEntry>
  keySpans: Map<string, Span>
}

/** One parsed file: its top-level blocks in source order, and its top-level attributes (tfvars). */
export interface HclFile {
  path: string
  text: string
  blocks: Block[]
  attributes: Map<string, Expr>
  attributeSpans: Map<string, Span>
}

/** Whether an expression is already a value (a literal, or a list or map of literals). */
export function isValue(expr: Expr): expr is Value {
  switch (expr.kind) {
    case 'string':
    case 'number':
    case 'bool':
    case 'null':
    case 'list':
    case 'map':
    case 'unknown':
      return true
    default:
      return false
  }
}
