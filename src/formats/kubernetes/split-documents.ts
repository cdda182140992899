/** One document's text within a YAML stream, with the 1-based line it starts on. */
export interface DocumentChunk {
  line: number
  text: string
}

/** A `---` line starts a document; the content may follow on the same line (`--- {a: 1}`). */
const START = /^---(?:[ \t]|$)/
/** A `...` line ends one; whatever follows starts the next. */
const END = /^\.\.\.(?:[ \t]|$)/

/**
 * Cuts a YAML stream into its documents by their markers, without parsing,
 * so that a syntax error in one document does not cost the others. A marker
 * at column 0 always separates documents in YAML, even inside a block
 * scalar, so the cut never splits a document that was whole.
 */
export function documentChunks(text: string): DocumentChunk[] {
  const lines = text.split('\n')
  const chunks: DocumentChunk[] = []
  let start = 0
  const flush = (end: number): void => {
    if (end > start) chunks.push({ line: start + 1, text: lines.slice(start, end).join('\n') })
    start = end
  }
  lines.forEach((line, i) => {
    if (START.test(line)) flush(i)
    else if (END.test(line)) flush(i + 1)
  })
  flush(lines.length)
  return chunks
}
