import type { MapValue, Span, Value } from '../../model.js'
import type { LineIndex } from '../text/line-index.js'
import { lineIndex } from '../text/line-index.js'

/** A JSON file that cannot be read, with the 1-based line of the problem. */
export class JsonError extends Error {
  constructor(
    message: string,
    readonly line: number
  ) {
    super(message)
    this.name = 'JsonError'
  }
}

export interface JsonOptions {
  /** Deepest nesting of objects and arrays; default 100. */
  maxDepth?: number
}

const QUOTE = 0x22
const BACKSLASH = 0x5c

/**
 * Parses JSON (RFC 8259; a leading byte-order mark is allowed) into values
 * that keep their spans, which `JSON.parse` cannot give. A single pass over
 * char codes, recursive only per nesting level, which is bounded. Duplicate
 * keys are an error: a reviewer reads the first, most consumers use the last.
 */
export function parseJson(text: string, options: JsonOptions = {}): Value {
  return new JsonReader(text, options.maxDepth ?? 100).document()
}

class JsonReader {
  private i = 0
  private readonly lines: LineIndex

  constructor(
    private readonly text: string,
    private readonly maxDepth: number
  ) {
    this.lines = lineIndex(text)
    if (text.charCodeAt(0) === 0xfeff) this.i = 1
  }

  document(): Value {
    this.space()
    if (this.i >= this.text.length) throw this.fail('expected a JSON value, found an empty file')
    const value = this.value(0)
    this.space()
    if (this.i < this.text.length) throw this.fail(`unexpected ${this.describe()} after the JSON value`)
    return value
  }

  private value(depth: number): Value {
    const c = this.text.charCodeAt(this.i)
    if (c === 0x7b) return this.object(depth + 1)
    if (c === 0x5b) return this.array(depth + 1)
    const start = this.i
    if (c === QUOTE) {
      const value = this.string()
      return { kind: 'string', value, span: this.span(start) }
    }
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return this.number(start)
    for (const [word, value] of LITERALS) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length
        const span = this.span(start)
        return value === null ? { kind: 'null', span } : { kind: 'bool', value, span }
      }
    }
    throw this.fail(`expected a JSON value, found ${this.describe()}`)
  }

  private object(depth: number): MapValue {
    this.checkDepth(depth)
    const start = this.i++
    const entries = new Map<string, Value>()
    const keySpans = new Map<string, Span>()
    this.space()
    if (this.text.charCodeAt(this.i) === 0x7d) {
      this.i++
      return { kind: 'map', entries, keySpans, span: this.span(start) }
    }
    for (;;) {
      this.space()
      if (this.text.charCodeAt(this.i) !== QUOTE)
        throw this.fail(`expected a key in quotes, found ${this.describe()}`)
      const keyStart = this.i
      const key = this.string()
      const keySpan = this.span(keyStart)
      const first = keySpans.get(key)
      if (first !== undefined)
        throw new JsonError(`duplicate key '${key}' (first at line ${first.line})`, keySpan.line)
      this.space()
      this.expect(0x3a, "':' after the key")
      this.space()
      entries.set(key, this.value(depth))
      keySpans.set(key, keySpan)
      this.space()
      const c = this.text.charCodeAt(this.i++)
      if (c === 0x7d) return { kind: 'map', entries, keySpans, span: this.span(start) }
      if (c !== 0x2c) {
        this.i--
        throw this.fail(`expected ',' or '}' in the object, found ${this.describe()}`)
      }
    }
  }

  private array(depth: number): Value {
    this.checkDepth(depth)
    const start = this.i++
    const items: Value[] = []
    this.space()
    if (this.text.charCodeAt(this.i) === 0x5d) {
      this.i++
      return { kind: 'list', items, span: this.span(start) }
    }
    for (;;) {
      this.space()
      items.push(this.value(depth))
      this.space()
      const c = this.text.charCodeAt(this.i++)
      if (c === 0x5d) return { kind: 'list', items, span: this.span(start) }
      if (c !== 0x2c) {
        this.i--
        throw this.fail(`expected ',' or ']' in the array, found ${this.describe()}`)
      }
    }
  }

  private string(): string {
    const text = this.text
    let i = ++this.i
    let out = ''
    let from = i
    for (;;) {
      const c = text.charCodeAt(i)
      if (c === QUOTE) break
      if (Number.isNaN(c)) {
        this.i = i
        throw this.fail('unterminated string')
      }
      if (c < 0x20) {
        this.i = i
        throw this.fail('control character in a string (escape it)')
      }
      if (c === BACKSLASH) {
        out += text.slice(from, i)
        i = this.escape(i, (s: string) => (out += s))
        from = i
        continue
      }
      i++
    }
    out += text.slice(from, i)
    this.i = i + 1
    return out
  }

  private escape(at: number, append: (s: string) => void): number {
    const c = this.text[at + 1]
    const simple = c === undefined ? undefined : ESCAPES[c]
    if (simple !== undefined) {
      append(simple)
      return at + 2
    }
    if (c === 'u') {
      const hex = this.text.slice(at + 2, at + 6)
      if (/^[0-9a-fA-F]{4}$/.test(hex)) {
        append(String.fromCharCode(parseInt(hex, 16)))
        return at + 6
      }
    }
    this.i = at
    throw this.fail('invalid escape in a string')
  }

  private number(start: number): Value {
    NUMBER.lastIndex = start
    const match = NUMBER.exec(this.text)
    if (match === null) throw this.fail(`invalid number ${this.describe()}`)
    this.i = NUMBER.lastIndex
    return { kind: 'number', value: Number(match[0]), span: this.span(start) }
  }

  private space(): void {
    const text = this.text
    let i = this.i
    for (;;) {
      const c = text.charCodeAt(i)
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++
      else break
    }
    this.i = i
  }

  private expect(code: number, what: string): void {
    if (this.text.charCodeAt(this.i) !== code) throw this.fail(`expected ${what}, found ${this.describe()}`)
    this.i++
  }

  private checkDepth(depth: number): void {
    if (depth > this.maxDepth) throw this.fail(`nesting deeper than ${this.maxDepth} levels`)
  }

  private span(start: number): Span {
    return this.lines.span(start, this.i)
  }

  private describe(): string {
    if (this.i >= this.text.length) return 'the end of the file'
    return JSON.stringify(this.text.slice(this.i, this.i + 12))
  }

  private fail(message: string): JsonError {
    return new JsonError(message, this.lines.line(Math.min(this.i, this.text.length)))
  }
}

const LITERALS: [string, boolean | null][] = [
  ['true', true],
  ['false', false],
  ['null', null]
]

const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t'
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/y
