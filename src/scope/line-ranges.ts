import type { LineRange } from './changed-file.js'

/** Sorts ranges and joins those that overlap or touch: [1–3, 4–6, 9–9] → [1–6, 9–9]. */
export function mergeRanges(ranges: readonly LineRange[]): LineRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end)
  const merged: LineRange[] = []
  for (const range of sorted) {
    const last = merged[merged.length - 1]
    if (last !== undefined && range.start <= last.end + 1) {
      last.end = Math.max(last.end, range.end)
    } else {
      merged.push({ start: range.start, end: range.end })
    }
  }
  return merged
}

/** Line numbers in any order → the fewest ranges covering exactly them. */
export function rangesOfLines(lines: readonly number[]): LineRange[] {
  return mergeRanges(lines.map(line => ({ start: line, end: line })))
}
