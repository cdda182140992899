import type { Span, Value } from '../../model.js'
import type { LineIndex } from '../text/line-index.js'
import type { Lookup } from './expand-word.js'
import { expandWord, fillHoles } from './expand-word.js'
import { str } from './make-value.js'
import type { RawInstruction } from './read-instructions.js'
import type { Word } from './words.js'

/** What building one instruction's value needs: where things are, and the variables in scope. */
export class InstructionContext {
  readonly problems: string[] = []

  constructor(
    readonly raw: RawInstruction,
    private readonly lines: LineIndex,
    readonly escape: string,
    readonly lookup: Lookup
  ) {}

  /** The span of the whole instruction, heredocs included. */
  get whole(): Span {
    return this.lines.span(this.raw.start, this.raw.end)
  }

  /** The span of the arguments' range `[from, to)`. */
  span(from: number, to: number): Span {
    if (to <= from) return this.whole
    const [start, end] = this.raw.args.range(from, to)
    return this.lines.span(start, end)
  }

  /** The span of a file range `[start, end)` (a heredoc body). */
  fileSpan(start: number, end: number): Span {
    return end <= start ? this.whole : this.lines.span(start, end)
  }

  wordSpan(word: Word): Span {
    return this.span(word.start, word.end)
  }

  /**
   * A word (or part of one) expanded as the builder would: a string, or an
   * unknown value showing the text as written when a variable cannot be settled.
   */
  expand(raw: string, span: Span, plain = false): { value: Value; referred: boolean } {
    const expanded = expandWord(raw, this.lookup, this.escape, plain)
    if (expanded.holes.length === 0) return { value: str(expanded.text, span), referred: expanded.referred }
    const expr = shorten(fillHoles(expanded.text, expanded.holes))
    return { value: { kind: 'unknown', expr, span }, referred: true }
  }

  problem(message: string): void {
    this.problems.push(message)
  }
}

function shorten(text: string): string {
  return text.length > 120 ? `${text.slice(0, 119)}…` : text
}
