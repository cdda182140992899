/**
 * Text pieced together from parts of the file (an instruction continued over
 * several lines) that still knows where each character came from, so that a
 * word found in the joined text gets the span of its original place.
 */
export class StitchedText {
  text = ''
  private readonly starts: number[] = []
  private readonly origins: number[] = []

  /** Appends `piece`, whose first character is at `origin` in the file. */
  append(piece: string, origin: number): void {
    if (piece === '') return
    this.starts.push(this.text.length)
    this.origins.push(origin)
    this.text += piece
  }

  /** The file offset of the character at `index`; past the end, one after the last character. */
  origin(index: number): number {
    if (this.starts.length === 0) return 0
    if (index >= this.text.length) return this.origin(this.text.length - 1) + 1
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((this.starts[mid] as number) <= index) lo = mid
      else hi = mid - 1
    }
    return (this.origins[lo] as number) + index - (this.starts[lo] as number)
  }

  /** The file range `[start, end)` of the joined range `[from, to)` (to > from). */
  range(from: number, to: number): [number, number] {
    return [this.origin(from), this.origin(Math.max(from, to - 1)) + 1]
  }

  /** The part from `from` on, still mapped to the file. */
  slice(from: number, to = this.text.length): StitchedText {
    const out = new StitchedText()
    for (let i = from; i < to;) {
      const origin = this.origin(i)
      let j = i + 1
      while (j < to && this.origin(j) === origin + (j - i)) j++
      out.append(this.text.slice(i, j), origin)
      i = j
    }
    return out
  }
}
