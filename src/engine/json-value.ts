import type { MapValue, Span, Value } from '../model.js'

const MAX_DEPTH = 64
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const WHITESPACE = /[ \t\r\n]*/y

class NotJson extends Error {}

type Locate = (start: number, end: number) => Span

/**
 * Reads JSON text held in a string value as values, each with a span inside
 * the string's own span: the right line for heredocs, and the string's line
 * (with approximate columns) for quoted one-line strings. Returns undefined
 * when the text is not JSON.
 */
export function parseJsonValue(text: string, where: Span): Value | undefined {
  const locate = locator(text, where)
  const state = { text, at: 0, locate }
  try {
    skipWhitespace(state)
    const value = readValue(state, 0)
    skipWhitespace(state)
    return state.at === text.length ? value : undefined
  } catch (error) {
    if (error instanceof NotJson) return undefined
    throw error
  }
}

interface State {
  text: string
  at: number
  locate: Locate
}

function readValue(state: State, depth: number): Value {
  if (depth > MAX_DEPTH) throw new NotJson()
  const start = state.at
  const c = state.text[start]
  if (c === '{') return readObject(state, depth)
  if (c === '[') return readArray(state, depth)
  if (c === '"') return { kind: 'string', value: readString(state), span: state.locate(start, state.at) }
  for (const [word, value] of [
    ['true', true],
    ['false', false],
    ['null', null]
  ] as const) {
    if (state.text.startsWith(word, start)) {
      state.at += word.length
      const span = state.locate(start, state.at)
      return value === null ? { kind: 'null', span } : { kind: 'bool', value, span }
    }
  }
  NUMBER.lastIndex = start
  const number = NUMBER.exec(state.text)
  if (number === null || number[0] === '') throw new NotJson()
  state.at += number[0].length
  return { kind: 'number', value: Number(number[0]), span: state.locate(start, state.at) }
}

function readObject(state: State, depth: number): MapValue {
  const start = state.at
  const entries = new Map<string, Value>()
  const keySpans = new Map<string, Span>()
  state.at++
  skipWhitespace(state)
  if (state.text[state.at] === '}') {
    state.at++
    return { kind: 'map', entries, keySpans, span: state.locate(start, state.at) }
  }
  for (;;) {
    skipWhitespace(state)
    const keyStart = state.at
    if (state.text[keyStart] !== '"') throw new NotJson()
    const key = readString(state)
    keySpans.set(key, state.locate(keyStart, state.at))
    expect(state, ':')
    skipWhitespace(state)
    entries.set(key, readValue(state, depth + 1))
    skipWhitespace(state)
    if (state.text[state.at] === '}') break
    expect(state, ',')
  }
  state.at++
  return { kind: 'map', entries, keySpans, span: state.locate(start, state.at) }
}

function readArray(state: State, depth: number): Value {
  const start = state.at
  const items: Value[] = []
  state.at++
  skipWhitespace(state)
  if (state.text[state.at] !== ']') {
    for (;;) {
      skipWhitespace(state)
      items.push(readValue(state, depth + 1))
      skipWhitespace(state)
      if (state.text[state.at] === ']') break
      expect(state, ',')
    }
  }
  state.at++
  return { kind: 'list', items, span: state.locate(start, state.at) }
}

function readString(state: State): string {
  const start = state.at
  let i = start + 1
  while (i < state.text.length && state.text[i] !== '"') i += state.text[i] === '\\' ? 2 : 1
  if (i >= state.text.length) throw new NotJson()
  state.at = i + 1
  try {
    return JSON.parse(state.text.slice(start, state.at)) as string
  } catch {
    throw new NotJson()
  }
}

function expect(state: State, char: string): void {
  skipWhitespace(state)
  if (state.text[state.at] !== char) throw new NotJson()
  state.at++
}

function skipWhitespace(state: State): void {
  WHITESPACE.lastIndex = state.at
  WHITESPACE.exec(state.text)
  state.at = WHITESPACE.lastIndex
}

/**
 * Maps offsets in the text to file positions. A string spanning several
 * lines is a heredoc, whose content starts on the line after the opening
 * marker; a one-line string starts one column after its opening quote.
 */
function locator(text: string, where: Span): Locate {
  const heredoc = where.endLine > where.line
  const lineStarts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1)
  const position = (offset: number): { line: number; column: number } => {
    if (!heredoc) return { line: where.line, column: where.column + 1 + offset }
    const index = lineIndex(lineStarts, offset)
    return {
      line: Math.min(where.line + 1 + index, where.endLine),
      column: offset - (lineStarts[index] ?? 0) + 1
    }
  }
  return (start, end) => {
    const from = position(start)
    const to = position(Math.max(start, end - 1))
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column }
  }
}

function lineIndex(lineStarts: number[], offset: number): number {
  let low = 0
  let high = lineStarts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if ((lineStarts[mid] ?? 0) <= offset) low = mid
    else high = mid - 1
  }
  return low
}
