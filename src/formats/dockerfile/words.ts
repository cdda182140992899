/** A whitespace-separated word of an instruction's arguments, as written (quotes kept). */
export interface Word {
  raw: string
  /** Offsets in the text the word was split from, `[start, end)`. */
  start: number
  end: number
}

const SPACE = /\s/

/**
 * Splits arguments on whitespace outside quotes, as the builder's shell-like
 * lexer does: `'…'` and `"…"` keep their spaces, and the escape character
 * keeps the next character (a space, a quote) inside the word.
 */
export function splitWords(text: string, escape: string): Word[] {
  const words: Word[] = []
  let i = 0
  while (i < text.length) {
    while (i < text.length && SPACE.test(text[i] as string)) i++
    if (i >= text.length) break
    const start = i
    i = wordEnd(text, i, escape)
    words.push({ raw: text.slice(start, i), start, end: i })
  }
  return words
}

function wordEnd(text: string, from: number, escape: string): number {
  let quote = ''
  let i = from
  while (i < text.length) {
    const c = text[i] as string
    if (quote === '' && SPACE.test(c)) break
    if (c === escape && quote !== "'") i += 2
    else {
      if (quote === '' && (c === '"' || c === "'")) quote = c
      else if (c === quote) quote = ''
      i++
    }
  }
  return Math.min(i, text.length)
}

/** The index of the first `=` outside quotes, or -1. */
export function assignmentAt(raw: string, escape: string): number {
  let quote = ''
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string
    if (c === escape && quote !== "'") i++
    else if (quote === '' && (c === '"' || c === "'")) quote = c
    else if (c === quote) quote = ''
    else if (c === '=' && quote === '') return i
  }
  return -1
}
