import type { MapValue, Value } from '../../model.js'
import type { InstructionContext } from './instruction-context.js'
import { bool, record, str } from './make-value.js'
import type { Word } from './words.js'
import { assignmentAt, splitWords } from './words.js'

/**
 * ENV, LABEL and ARG as `pairs`: a map from each name to `{ name, value,
 * literal }`, where `literal` says the value was written out rather than
 * built from variables. An ARG without a default has no `value`. A name
 * given twice keeps its last value, as the builder does.
 */
export function buildPairs(ctx: InstructionContext): MapValue {
  const words = splitWords(ctx.raw.args.text, ctx.escape)
  const keyword = ctx.raw.keyword
  if (words.length === 0) {
    ctx.problem(`${keyword} needs at least one ${keyword === 'ARG' ? 'name' : 'NAME=value pair'}`)
    return record([], ctx.whole)
  }
  if (keyword !== 'ARG' && assignmentAt((words[0] as Word).raw, ctx.escape) < 0) return legacyPair(ctx, words)
  const pairs: [string, Value][] = []
  for (const word of words) {
    const pair = pairOf(ctx, word)
    if (pair !== undefined) pairs.push(pair)
  }
  return record(pairs, ctx.whole)
}

function pairOf(ctx: InstructionContext, word: Word): [string, Value] | undefined {
  const eq = assignmentAt(word.raw, ctx.escape)
  const span = ctx.wordSpan(word)
  if (eq < 0 && ctx.raw.keyword !== 'ARG') {
    ctx.problem(`expected NAME=value pairs after ${ctx.raw.keyword}, found a word without '='`)
    return undefined
  }
  const name = nameOf(ctx, eq < 0 ? word.raw : word.raw.slice(0, eq))
  if (name === '') {
    ctx.problem(`expected a name before '=' in ${ctx.raw.keyword}`)
    return undefined
  }
  if (eq < 0) return [name, record([['name', str(name, span)]], span)]
  const valueSpan = ctx.span(word.start + eq + 1, word.end)
  const { value, referred } = ctx.expand(word.raw.slice(eq + 1), eq + 1 < word.raw.length ? valueSpan : span)
  return [name, pairValue(name, value, !referred, span)]
}

/** `ENV NAME value with spaces`: the older form, one pair, the rest of the line as the value. */
function legacyPair(ctx: InstructionContext, words: readonly Word[]): MapValue {
  const first = words[0] as Word
  const second = words[1]
  const name = nameOf(ctx, first.raw)
  if (second === undefined) {
    ctx.problem(`${ctx.raw.keyword} ${name} needs a value (expected ${ctx.raw.keyword} NAME=value)`)
    return record([], ctx.whole)
  }
  const end = (words[words.length - 1] as Word).end
  const span = ctx.span(first.start, end)
  const rest = ctx.raw.args.text.slice(second.start, end)
  const { value, referred } = ctx.expand(rest, ctx.span(second.start, end))
  return record([[name, pairValue(name, value, !referred, span)]], ctx.whole)
}

function pairValue(name: string, value: Value, literal: boolean, span: MapValue['span']): MapValue {
  return record(
    [
      ['name', str(name, span)],
      ['value', value],
      ['literal', bool(literal, span)]
    ],
    span
  )
}

/** Names are expanded too (`ENV ${PREFIX}_HOME=…`); one that cannot be settled stays as written. */
function nameOf(ctx: InstructionContext, raw: string): string {
  const expanded = ctx.expand(raw, ctx.whole).value
  return expanded.kind === 'string' ? expanded.value : raw
}
