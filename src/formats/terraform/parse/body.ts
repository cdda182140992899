import type { Span } from '../../../model.js'
import type { Block, BlockList, BodyEntry, Expr, HclFile } from './ast.js'
import { parseExpression } from './expression.js'
import { Lexer, advance, enter, fail, lex } from './lexer.js'
import { spanFrom, tokenSpan } from './spans.js'
import { HclSyntaxError } from './syntax-error.js'
import { parseQuoted } from './template.js'
import { Tok } from './tokens.js'

export interface HclOptions {
  /** Deepest nesting of blocks and expressions accepted (default 256). */
  maxDepth?: number
}

export const DEFAULT_MAX_DEPTH = 256

/** Where the items of a body go: names to entries, and (at the top of a file) blocks to a list. */
interface BodySink {
  entries: Map<string, BodyEntry>
  keySpans: Map<string, Span>
  /** Top level only: blocks in source order, whatever their type. */
  blocks: Block[] | null
}

/**
 * Parses the text of one HCL file (`.tf` or `.tfvars`) into its blocks and
 * attributes. Throws {@link HclSyntaxError} with the line of the problem.
 */
export function parseHcl(path: string, text: string, options: HclOptions = {}): HclFile {
  const s = new Lexer(text, options.maxDepth ?? DEFAULT_MAX_DEPTH)
  lex(s)
  const sink: BodySink = { entries: new Map(), keySpans: new Map(), blocks: [] }
  parseBody(s, 0, sink)
  return {
    path,
    text,
    blocks: sink.blocks as Block[],
    attributes: sink.entries as Map<string, Expr>,
    attributeSpans: sink.keySpans
  }
}

/** Attributes and blocks until `}` (nested, opened at `openLine`) or the end of the file (`openLine` 0). */
function parseBody(s: Lexer, openLine: number, sink: BodySink): void {
  for (;;) {
    const tok = s.tok
    if (tok === Tok.NEWLINE) {
      advance(s)
      continue
    }
    if (tok === Tok.RBRACE && openLine > 0) return
    if (tok === Tok.EOF) {
      if (openLine > 0) fail(s, `'}' to close the block opened at line ${openLine}`)
      return
    }
    if (tok !== Tok.IDENT) fail(s, 'an attribute name or a block type')
    parseItem(s, openLine, sink)
  }
}

function parseItem(s: Lexer, openLine: number, sink: BodySink): void {
  const nameSpan = tokenSpan(s)
  const name = s.text.slice(s.tokStart, s.tokEnd)
  advance(s)
  if (s.tok !== Tok.EQUAL) {
    addBlock(sink, parseBlock(s, name, nameSpan, openLine))
    return
  }
  advance(s)
  const expr = parseExpression(s)
  const previous = sink.keySpans.get(name)
  if (previous !== undefined) redefined(name, previous, nameSpan, sink.entries.get(name))
  sink.entries.set(name, expr)
  sink.keySpans.set(name, nameSpan)
  if (!atEndOfItem(s, openLine)) fail(s, `a new line after the value of '${name}'`)
}

function redefined(name: string, previous: Span, at: Span, entry: BodyEntry | undefined): never {
  const was = entry?.kind === 'blocks' ? 'a block' : 'an attribute'
  throw new HclSyntaxError(
    `expected '${name}' to be defined once in this body, found it again (${was} at line ${previous.line})`,
    at.line
  )
}

function addBlock(sink: BodySink, block: Block): void {
  if (sink.blocks !== null) {
    sink.blocks.push(block)
    return
  }
  const existing = sink.entries.get(block.type)
  if (existing === undefined) {
    const list: BlockList = { kind: 'blocks', blocks: [block] }
    sink.entries.set(block.type, list)
    sink.keySpans.set(block.type, block.typeSpan)
  } else if (existing.kind === 'blocks') {
    existing.blocks.push(block)
  } else {
    redefined(block.type, sink.keySpans.get(block.type) as Span, block.typeSpan, existing)
  }
}

/** A new line, the end of the file, or (inside a block) its closing brace. */
function atEndOfItem(s: Lexer, openLine: number): boolean {
  return s.tok === Tok.NEWLINE || s.tok === Tok.EOF || (s.tok === Tok.RBRACE && openLine > 0)
}

function parseBlock(s: Lexer, type: string, typeSpan: Span, parentLine: number): Block {
  const labels: string[] = []
  const labelSpans: Span[] = []
  while (s.tok === Tok.OQUOTE || s.tok === Tok.IDENT) {
    const line = s.tokLine
    const column = s.tokCol
    labels.push(parseLabel(s, type))
    labelSpans.push(spanFrom(s, line, column))
  }
  if (s.tok !== Tok.LBRACE) {
    fail(s, labels.length === 0 ? `'=' or '{' after '${type}'` : `'{' to open the block '${type}'`)
  }
  const openLine = s.tokLine
  const openColumn = s.tokCol
  const sink: BodySink = { entries: new Map(), keySpans: new Map(), blocks: null }
  enter(s)
  advance(s)
  parseBody(s, openLine, sink)
  s.depth--
  advance(s)
  const block: Block = {
    type,
    typeSpan,
    labels,
    labelSpans,
    span: spanFrom(s, typeSpan.line, typeSpan.column),
    bodySpan: spanFrom(s, openLine, openColumn),
    entries: sink.entries,
    keySpans: sink.keySpans
  }
  if (!atEndOfItem(s, parentLine)) fail(s, `a new line after the block '${type}' opened at line ${openLine}`)
  return block
}

function parseLabel(s: Lexer, type: string): string {
  if (s.tok === Tok.IDENT) {
    const name = s.text.slice(s.tokStart, s.tokEnd)
    advance(s)
    return name
  }
  const line = s.tokLine
  const label = parseQuoted(s)
  if (label.kind !== 'string') {
    throw new HclSyntaxError(
      `expected a plain string as a label of the block '${type}', found a template`,
      line
    )
  }
  return label.value
}
