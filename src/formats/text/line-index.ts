import type { Span } from '../../model.js'

/**
 * Turns offsets into 1-based lines and columns. Built once per file; lookups
 * that move forward (as parsers' events do) are answered from a cursor, the
 * others by binary search.
 */
export interface LineIndex {
  /** The 1-based line of an offset. */
  line(offset: number): number
  /** The span of `[start, end)`; an empty range is the one character at `start`. */
  span(start: number, end: number): Span
}

export function lineIndex(text: string): LineIndex {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  let cursor = 0
  const lineOf = (offset: number): number => {
    const at = starts[cursor] as number
    if (offset >= at && (cursor + 1 >= starts.length || offset < (starts[cursor + 1] as number)))
      return cursor
    if (offset >= at && cursor + 2 < starts.length && offset < (starts[cursor + 2] as number)) return ++cursor
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((starts[mid] as number) <= offset) lo = mid
      else hi = mid - 1
    }
    cursor = lo
    return lo
  }
  return {
    line: offset => lineOf(offset) + 1,
    span(start, end) {
      const last = Math.max(start, end - 1)
      const startLine = lineOf(start)
      const column = start - (starts[startLine] as number) + 1
      const endLine = lineOf(last)
      return {
        line: startLine + 1,
        column,
        endLine: endLine + 1,
        endColumn: last - (starts[endLine] as number) + 1
      }
    }
  }
}
