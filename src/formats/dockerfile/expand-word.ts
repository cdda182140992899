/**
 * What a variable stands for where a word is expanded: its value, `unknown`
 * when it is declared without a value that static analysis can know (an
 * `ARG` without a default, given at build time), or undefined when it is not
 * declared here (it may come from the base image's environment).
 */
export type Lookup = (name: string) => Binding | undefined

export type Binding = { value: string } | 'unknown'

/** A word after quote removal and variable expansion. */
export interface Expanded {
  /** The text; each variable that could not be settled is a hole marker (see {@link fillHoles}). */
  text: string
  /** The source text of each hole (`${NODE_VERSION}`), by index. */
  holes: string[]
  /** Whether the word referred to any variable (its value is not a literal as written). */
  referred: boolean
}

/** Holes are private-use characters around the hole's index, so they survive splitting the text. */
const OPEN = '\ue000'
const CLOSE = '\ue001'
const HOLE = /\ue000(\d+)\ue001/g

/** Longest expansion kept; beyond it the word is unsettled (ENV A=$A$A… doubles at each line). */
export const MAX_EXPANSION = 65_536

/**
 * Expands one word as the builder does for ARG, ENV, USER, WORKDIR, COPY and
 * the like: quotes are removed (nothing inside single quotes is expanded),
 * the escape character keeps the next character, and `$name`, `${name}`,
 * `${name:-word}`, `${name-word}`, `${name:+word}` and `${name+word}` are
 * replaced. Other modifiers, and variables that cannot be settled, become holes.
 * A `plain` word (an item of a JSON array, already unquoted) only has its
 * variables expanded.
 */
export function expandWord(raw: string, lookup: Lookup, escape: string, plain = false): Expanded {
  const state: Expanded = { text: '', holes: [], referred: false }
  let quote = ''
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string
    if (plain) {
      if (c === '$') i = variable(raw, i, lookup, escape, state)
      else state.text += c
    } else if (quote === "'") {
      if (c === "'") quote = ''
      else state.text += c
    } else if (c === escape) {
      const next = raw[i + 1]
      if (next === undefined) state.text += c
      else if (quote === '"' && next !== '"' && next !== '$' && next !== escape) state.text += c + next
      else state.text += next
      i++
    } else if ((c === '"' || c === "'") && quote === '') quote = c
    else if (c === '"' && quote === '"') quote = ''
    else if (c === '$') i = variable(raw, i, lookup, escape, state)
    else state.text += c
  }
  if (state.text.length > MAX_EXPANSION) return { text: hole(state, raw), holes: state.holes, referred: true }
  return state
}

/** Reads a variable reference at `at` (a `$`); returns the index of its last character. */
function variable(raw: string, at: number, lookup: Lookup, escape: string, state: Expanded): number {
  if (raw[at + 1] === '{') {
    const close = closingBrace(raw, at + 2)
    if (close < 0) {
      state.text += '$'
      return at
    }
    state.referred = true
    braced(raw.slice(at + 2, close), raw.slice(at, close + 1), lookup, escape, state)
    return close
  }
  const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(raw.slice(at + 1))?.[0]
  if (name === undefined) {
    state.text += '$'
    return at
  }
  state.referred = true
  const binding = lookup(name)
  state.text += typeof binding === 'object' ? binding.value : hole(state, `$${name}`)
  return at + name.length
}

function braced(inner: string, source: string, lookup: Lookup, escape: string, state: Expanded): void {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([\s\S]*))?$/.exec(inner)
  if (match === null) {
    state.text += hole(state, source)
    return
  }
  const [, name = '', modifier, word = ''] = match
  const binding = lookup(name)
  if (binding === 'unknown' || (binding === undefined && modifier === undefined)) {
    state.text += hole(state, source)
    return
  }
  const value = binding?.value
  if (modifier === undefined) {
    state.text += value ?? ''
    return
  }
  const set = modifier.startsWith(':') ? value !== undefined && value !== '' : value !== undefined
  const useWord = modifier.endsWith('-') ? !set : set
  if (useWord) state.text += shiftHoles(expandWord(word, lookup, escape), state)
  else if (modifier.endsWith('-')) state.text += value ?? ''
}

/** Appends a nested expansion's holes to `state`, renumbering its markers. */
function shiftHoles(inner: Expanded, state: Expanded): string {
  const offset = state.holes.length
  state.holes.push(...inner.holes)
  return inner.text.replace(HOLE, (_, n: string) => `${OPEN}${Number(n) + offset}${CLOSE}`)
}

function hole(state: Expanded, source: string): string {
  state.holes.push(source)
  return `${OPEN}${state.holes.length - 1}${CLOSE}`
}

function closingBrace(raw: string, from: number): number {
  let depth = 1
  for (let i = from; i < raw.length; i++) {
    if (raw[i] === '{') depth++
    else if (raw[i] === '}' && --depth === 0) return i
  }
  return -1
}

/** Whether a text (or part of one) still has holes. */
export function hasHoles(text: string): boolean {
  return text.includes(OPEN)
}

/** The text with each hole put back as written, for an unknown value's expression. */
export function fillHoles(text: string, holes: readonly string[]): string {
  return text.replace(HOLE, (_, n: string) => holes[Number(n)] ?? '')
}
