/** One line of the file as written, without its line ending (`\n` or `\r\n`). */
export interface PhysicalLine {
  text: string
  /** Offset of the line's first character. */
  start: number
  /** 0-based line number. */
  index: number
}

/** The file's lines; a leading byte-order mark is not part of the first. */
export function physicalLines(text: string): PhysicalLine[] {
  const lines: PhysicalLine[] = []
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let index = 0
  while (start <= text.length) {
    const newline = text.indexOf('\n', start)
    const end = newline < 0 ? text.length : newline
    const body = text.slice(start, end)
    lines.push({ text: body.endsWith('\r') ? body.slice(0, -1) : body, start, index })
    if (newline < 0) break
    start = newline + 1
    index++
  }
  if (lines.length > 1 && lines[lines.length - 1]?.text === '' && text.endsWith('\n')) lines.pop()
  return lines
}
