import type { ScalarEvent } from 'js-yaml'
import { YAMLException, getScalarValue, parseEvents } from 'js-yaml'
import type { ListValue, MapValue, Span, Value } from '../../model.js'
import type { LineIndex } from '../text/line-index.js'
import { lineIndex } from '../text/line-index.js'
import type { BooleanReading } from './resolve-scalar.js'
import { resolvePlain, resolveStandardTag } from './resolve-scalar.js'
import { YamlError } from './yaml-error.js'

export interface YamlOptions {
  /** Deepest nesting of collections; default 100. */
  maxDepth?: number
  /** Aliases (`*name`) per document; default 10,000. */
  maxAliases?: number
  /**
   * Nodes per document that aliases repeat, each alias counting the whole
   * node it stands for; default 1,000,000. Guards against alias bombs,
   * whose expansion grows exponentially while the text stays small; nodes
   * written out in the text are bounded by the file size instead.
   */
  maxNodes?: number
  booleans?: BooleanReading
  /**
   * Reads a local tag (`!Ref`, `!Sub`): given the node as if untagged,
   * returns what it stands for. Without it a tagged node keeps its value.
   */
  tag?: (tag: string, value: Value, span: Span) => Value
}

export interface YamlDocument {
  /** Undefined for an empty document. */
  value: Value | undefined
}

// Event ids of js-yaml's parseEvents (EVENT_ID), inlined for the hot loop.
const DOCUMENT = 1
const SEQUENCE = 2
const MAPPING = 3
const SCALAR = 4
const ALIAS = 5
const FLOW = 2
const PLAIN = 1
const QUOTED = new Set([2, 3])
const LITERAL = 4
const FOLDED = 5

interface Anchored {
  value: Value
  weight: number
}

interface Collection {
  kind: 'map' | 'list'
  start: number
  end: number
  flow: boolean
  tag: string
  anchor: string
  weight: number
  items: Value[]
  entries: Map<string, Value>
  keySpans: Map<string, Span>
  /** A map's key waiting for its value. */
  key?: { name: string; span: Span; merge: boolean }
  /** Maps named by `<<` keys, merged under the explicit entries when the map closes. */
  merges: Value[]
}

/**
 * Parses YAML (every document of a stream) into values that keep their
 * spans. Anchors and aliases, merge keys (`<<`) and `!!` tags are honoured;
 * duplicate keys, unknown aliases and complex keys are errors; nesting,
 * aliases and alias expansion are bounded. Throws {@link YamlError} with the
 * line of the problem.
 */
export function parseYaml(text: string, options: YamlOptions = {}): YamlDocument[] {
  let events
  try {
    events = parseEvents(text, { maxDepth: options.maxDepth ?? 100 })
  } catch (error) {
    throw fromException(error)
  }
  return new Builder(text, options).build(events)
}

function fromException(error: unknown): YamlError {
  if (error instanceof YAMLException) {
    const line = error.mark === undefined ? undefined : error.mark.line + 1
    return new YamlError(error.reason, line)
  }
  return new YamlError(`could not parse the YAML: ${String(error)}`)
}

class Builder {
  private readonly lines: LineIndex
  private readonly booleans: BooleanReading
  private readonly maxAliases: number
  private readonly maxNodes: number
  private anchors = new Map<string, Anchored | 'open'>()
  private stack: Collection[] = []
  private root: Value | undefined
  private aliases = 0
  /** Nodes repeated through aliases so far: a node the text spells out is bounded by the text itself. */
  private expanded = 0

  constructor(
    private readonly text: string,
    private readonly options: YamlOptions
  ) {
    this.lines = lineIndex(text)
    this.booleans = options.booleans ?? 'core'
    this.maxAliases = options.maxAliases ?? 10_000
    this.maxNodes = options.maxNodes ?? 1_000_000
  }

  build(events: ReturnType<typeof parseEvents>): YamlDocument[] {
    const documents: YamlDocument[] = []
    let inDocument = false
    for (const event of events) {
      switch (event.type) {
        case DOCUMENT:
          this.startDocument()
          inDocument = true
          break
        case MAPPING:
        case SEQUENCE:
          this.open(event.type === MAPPING ? 'map' : 'list', event)
          break
        case SCALAR:
          this.scalar(event)
          break
        case ALIAS:
          this.alias(event.anchorStart, event.anchorEnd)
          break
        default:
          if (this.stack.length > 0) this.close()
          else if (inDocument) {
            documents.push({ value: this.root })
            inDocument = false
          }
      }
    }
    return documents
  }

  private startDocument(): void {
    this.anchors = new Map()
    this.root = undefined
    this.aliases = 0
    this.expanded = 0
  }

  private open(
    kind: 'map' | 'list',
    event: {
      start: number
      style: number
      tagStart: number
      tagEnd: number
      anchorStart: number
      anchorEnd: number
    }
  ): void {
    const top = this.stack[this.stack.length - 1]
    if (top !== undefined && top.kind === 'map' && top.key === undefined)
      throw this.error('complex mapping keys (a collection used as a key) are not supported', event.start)
    const anchor = this.slice(event.anchorStart, event.anchorEnd)
    if (anchor !== '') this.anchors.set(anchor, 'open')
    this.stack.push({
      kind,
      start: event.start,
      end: event.start + 1,
      flow: event.style === FLOW,
      tag: this.slice(event.tagStart, event.tagEnd),
      anchor,
      weight: 1,
      items: [],
      entries: new Map(),
      keySpans: new Map(),
      merges: []
    })
  }

  private close(): void {
    const frame = this.stack.pop() as Collection
    const end = frame.flow ? this.closingBracket(frame) : frame.end
    const span = this.lines.span(frame.start, end)
    let value: Value
    if (frame.kind === 'list') value = { kind: 'list', items: frame.items, span } satisfies ListValue
    else {
      if (frame.key !== undefined) throw this.error(`the key '${frame.key.name}' has no value`, frame.start)
      for (const merged of frame.merges) mergeInto(frame, merged)
      value = { kind: 'map', entries: frame.entries, keySpans: frame.keySpans, span } satisfies MapValue
    }
    value = this.tagged(frame.tag, value, span, frame.start)
    this.complete(value, frame.anchor, frame.weight, end)
  }

  /** A flow collection ends at its bracket: the first `]`/`}` after its last item, outside comments. */
  private closingBracket(frame: Collection): number {
    const bracket = frame.kind === 'map' ? '}' : ']'
    for (let i = frame.end; i < this.text.length; i++) {
      const c = this.text[i]
      if (c === bracket) return i + 1
      if (c === '#') {
        const newline = this.text.indexOf('\n', i)
        if (newline < 0) break
        i = newline
      }
    }
    return frame.end
  }

  private scalar(event: ScalarEvent): void {
    const top = this.stack[this.stack.length - 1]
    const start = this.scalarStart(event)
    const end = QUOTED.has(event.style) ? event.valueEnd + 1 : event.valueEnd
    const text = event.fast
      ? this.text.slice(event.valueStart, event.valueEnd)
      : getScalarValue(this.text, event)
    const span = this.lines.span(start, end)
    if (top !== undefined && top.kind === 'map' && top.key === undefined) {
      this.key(top, text, span, event.style === PLAIN && event.tagStart < 0 && text === '<<')
      top.end = Math.max(top.end, end)
      return
    }
    const tag = this.slice(event.tagStart, event.tagEnd)
    const value = tag.startsWith('!!')
      ? resolveStandardTag(tag, text, span)
      : this.tagged(tag, this.untagged(text, span, event.style, tag), span, start)
    if (value === undefined) throw this.error(`'${text}' is not a valid ${tag}`, start)
    this.complete(value, this.slice(event.anchorStart, event.anchorEnd), 1, end)
  }

  /** Quoted scalars start at their quote, block scalars at their `|` or `>` indicator. */
  private scalarStart(event: ScalarEvent): number {
    if (QUOTED.has(event.style)) return event.valueStart - 1
    if (event.style !== LITERAL && event.style !== FOLDED) return event.valueStart
    const indicator = Math.max(
      this.text.lastIndexOf('|', event.valueStart),
      this.text.lastIndexOf('>', event.valueStart)
    )
    return indicator < 0 ? event.valueStart : indicator
  }

  /** Plain scalars are resolved by the schema (with a local tag too); quoted ones, and `!`, are strings. */
  private untagged(text: string, span: Span, style: number, tag: string): Value {
    return style === PLAIN && tag !== '!' ? resolvePlain(text, span, this.booleans) : str(text, span)
  }

  private key(top: Collection, name: string, span: Span, merge: boolean): void {
    if (!merge && (top.entries.has(name) || top.key?.name === name))
      throw this.errorAt(
        `duplicate key '${name}' (first at line ${top.keySpans.get(name)?.line ?? '?'})`,
        span
      )
    top.key = { name, span, merge }
  }

  private alias(start: number, end: number): void {
    const name = this.text.slice(start, end)
    const anchored = this.anchors.get(name)
    if (anchored === undefined) throw this.error(`unknown alias '*${name}'`, start)
    if (anchored === 'open') throw this.error(`alias '*${name}' refers to a node that contains it`, start)
    if (++this.aliases > this.maxAliases)
      throw this.error(`more than ${this.maxAliases} aliases in one document`, start)
    this.expanded += anchored.weight
    if (this.expanded > this.maxNodes)
      throw this.error(
        `aliases in the document expand to more than ${this.maxNodes} nodes (alias bomb?)`,
        start
      )
    this.complete(anchored.value, '', anchored.weight, end)
  }

  private complete(value: Value, anchor: string, weight: number, end: number): void {
    if (anchor !== '') this.anchors.set(anchor, { value, weight })
    const top = this.stack[this.stack.length - 1]
    if (top === undefined) {
      this.root = value
      return
    }
    top.weight += weight
    top.end = Math.max(top.end, end)
    if (top.kind === 'list') {
      top.items.push(value)
      return
    }
    const key = top.key as NonNullable<Collection['key']>
    top.key = undefined
    if (key.merge) {
      const sources = value.kind === 'list' ? value.items : [value]
      if (!sources.every(source => source.kind === 'map'))
        throw this.errorAt("a merge key '<<' takes a mapping or a list of mappings", key.span)
      top.merges.push(...sources)
      return
    }
    top.entries.set(key.name, value)
    top.keySpans.set(key.name, key.span)
  }

  private tagged(tag: string, value: Value, span: Span, at: number): Value {
    if (tag === '' || tag === '!' || tag === '!!map' || tag === '!!seq') return value
    if (tag.startsWith('!!')) {
      if (value.kind === 'map' || value.kind === 'list')
        throw this.error(
          `the tag ${tag} does not apply to a ${value.kind === 'map' ? 'mapping' : 'sequence'}`,
          at
        )
      return value
    }
    return this.options.tag === undefined ? value : this.options.tag(tag, value, span)
  }

  private slice(start: number, end: number): string {
    return start < 0 ? '' : this.text.slice(start, end)
  }

  private error(message: string, offset: number): YamlError {
    return new YamlError(message, this.lines.line(Math.max(0, Math.min(offset, this.text.length))))
  }

  private errorAt(message: string, span: Span): YamlError {
    return new YamlError(message, span.line)
  }
}

function str(value: string, span: Span): Value {
  return { kind: 'string', value, span }
}

/** `<<: *base` (or a list of them): the merged map's entries, under the ones written here. */
function mergeInto(frame: Collection, source: Value): void {
  if (source.kind !== 'map') return
  for (const [key, value] of source.entries) {
    if (frame.entries.has(key)) continue
    frame.entries.set(key, value)
    const keySpan = source.keySpans?.get(key)
    if (keySpan !== undefined) frame.keySpans.set(key, keySpan)
  }
}
