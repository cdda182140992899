import type { ListValue, MapValue, Span, Value } from '../../../model.js'
import { type Block, type BodyEntry, type Expr, isValue } from '../parse/ast.js'
import { type Env, bind } from './context.js'
import { asString } from './convert.js'
import { elementsOf } from './elements.js'
import { evaluate } from './evaluate.js'
import { mapOf, stringValue } from './make.js'
import { unknownValue } from './unknown.js'

/** A problem in a block that Terraform would reject, reported without dropping the file. */
export interface BodyProblem {
  line: number
  message: string
}

/** A body being settled: its entries, the span of each name, and which names hold nested blocks. */
interface Builder {
  entries: Map<string, Value>
  keySpans: Map<string, Span>
  blockTypes: Set<string>
}

/**
 * A block body as a map: attributes by name, nested blocks as a list of
 * maps under their type (always a list), `dynamic` blocks expanded into the
 * same list. With `inPlace` the block's own maps become the value (a block
 * evaluated once); otherwise they are copied (a `dynamic` content block,
 * evaluated once per element).
 */
export function evaluateBlockBody(
  block: Block,
  span: Span,
  env: Env,
  problems: BodyProblem[],
  inPlace: boolean
): MapValue {
  const source = block.entries
  const b: Builder = {
    entries: inPlace ? (source as Map<string, unknown> as Map<string, Value>) : new Map(),
    keySpans: inPlace ? block.keySpans : new Map(block.keySpans),
    blockTypes: new Set()
  }
  let dynamics: Block[] | undefined
  for (const [name, entry] of source) {
    if (entry.kind === 'blocks') {
      if (name === 'dynamic') {
        dynamics = entry.blocks
        b.entries.delete(name)
        b.keySpans.delete(name)
        continue
      }
      b.entries.set(name, blockList(entry.blocks, env, problems, inPlace))
      b.blockTypes.add(name)
    } else if (!inPlace || !isValue(entry)) {
      b.entries.set(name, evaluate(entry as Expr, env))
    }
  }
  if (dynamics !== undefined) for (const d of dynamics) expandDynamic(b, d, env, problems)
  return mapOf(b.entries, span, b.keySpans)
}

function blockList(blocks: Block[], env: Env, problems: BodyProblem[], inPlace: boolean): ListValue {
  const items = blocks.map(block => nestedBlock(block, env, problems, inPlace))
  const first = (blocks[0] as Block).span
  const last = (blocks[blocks.length - 1] as Block).span
  return {
    kind: 'list',
    items,
    span: { line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn }
  }
}

/** A nested block is a map spanning the whole block; a labelled one keeps its first label as `__label`. */
function nestedBlock(block: Block, env: Env, problems: BodyProblem[], inPlace: boolean): MapValue {
  const body = evaluateBlockBody(block, block.span, env, problems, inPlace)
  if (block.labels.length > 0) {
    const labelSpan = block.labelSpans[0] as Span
    body.entries.set('__label', stringValue(block.labels[0] as string, labelSpan))
    body.keySpans?.set('__label', labelSpan)
  }
  return body
}

/** Appends one item to the list of nested blocks of a type, creating the list if needed. */
function addItem(b: Builder, type: string, keySpan: Span, item: MapValue): void {
  const list = b.blockTypes.has(type) ? (b.entries.get(type) as ListValue) : undefined
  if (list === undefined) {
    b.entries.set(type, { kind: 'list', items: [item], span: item.span })
    b.keySpans.set(type, keySpan)
    b.blockTypes.add(type)
    return
  }
  list.items.push(item)
  const { line, column } = list.span
  list.span = { line, column, endLine: item.span.endLine, endColumn: item.span.endColumn }
}

function attribute(block: Block, name: string): Expr | undefined {
  const entry: BodyEntry | undefined = block.entries.get(name)
  return entry === undefined || entry.kind === 'blocks' ? undefined : entry
}

function contentOf(block: Block): Block | undefined {
  const entry = block.entries.get('content')
  return entry?.kind === 'blocks' ? entry.blocks[0] : undefined
}

function dynamicProblem(
  block: Block,
  content: Block | undefined,
  forEach: Expr | undefined
): string | undefined {
  let found: string
  if (block.labels.length !== 1) found = `${block.labels.length} labels`
  else if (forEach === undefined) found = "no 'for_each' attribute"
  else if (content === undefined) found = "no 'content' block"
  else return undefined
  return `expected a 'dynamic' block to have one label, a 'for_each' attribute and a 'content' block, found ${found}`
}

/**
 * `dynamic "x" { for_each = …  iterator = it  content { … } }`: one `x`
 * item per element of a known collection, with `x.key` / `x.value` bound;
 * otherwise one item in which everything that depends on the iterator is
 * unknown.
 */
function expandDynamic(b: Builder, block: Block, env: Env, problems: BodyProblem[]): void {
  const content = contentOf(block)
  const forEach = attribute(block, 'for_each')
  const problem = dynamicProblem(block, content, forEach)
  if (problem !== undefined || content === undefined || forEach === undefined) {
    problems.push({ line: block.span.line, message: problem ?? 'invalid dynamic block' })
    return
  }
  const type = block.labels[0] as string
  const keySpan = block.labelSpans[0] as Span
  const iterator = iteratorName(block, type, env)
  const collection = evaluate(forEach, env)
  const elements = elementsOf(collection)
  if (elements === undefined) {
    // Uses of the iterator are labelled with their own text; only the refs of `for_each` carry over.
    const unknown = collection.kind === 'unknown' ? collection : unknownValue('', collection.span, [])
    addItem(
      b,
      type,
      keySpan,
      evaluateBlockBody(content, block.span, bind(env, iterator, unknown), problems, false)
    )
    return
  }
  for (const element of elements) {
    const entries = new Map<string, Value>([
      ['key', element.key],
      ['value', element.value]
    ])
    const scope = bind(env, iterator, mapOf(entries, element.value.span))
    addItem(b, type, keySpan, evaluateBlockBody(content, block.span, scope, problems, false))
  }
}

function iteratorName(block: Block, type: string, env: Env): string {
  const expr = attribute(block, 'iterator')
  if (expr === undefined) return type
  if (expr.kind === 'name') return expr.name
  return asString(evaluate(expr, env)) ?? type
}
