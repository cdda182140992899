import type { Word } from './words.js'

/** A `--name=value` (or bare `--name`) flag before an instruction's arguments. */
export interface Flag {
  name: string
  /** As written, quotes removed; undefined for a bare flag. */
  value?: string
  word: Word
}

/** The leading flags of a word list, and the index of the first word after them. */
export function leadingFlags(words: readonly Word[]): { flags: Flag[]; rest: number } {
  const flags: Flag[] = []
  let i = 0
  for (; i < words.length; i++) {
    const word = words[i] as Word
    const match = /^--([A-Za-z][A-Za-z0-9-]*)(?:=([\s\S]*))?$/.exec(word.raw)
    if (match === null) break
    const value = match[2]
    flags.push({ name: match[1] as string, ...(value === undefined ? {} : { value: unquote(value) }), word })
  }
  return { flags, rest: i }
}

function unquote(text: string): string {
  return /^(["']).*\1$/s.test(text) ? text.slice(1, -1) : text
}
