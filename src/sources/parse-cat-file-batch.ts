/** One answer of `git cat-file --batch`. */
export type BatchResponse =
  | { kind: 'object'; oid: string; type: string; content: Buffer }
  | { kind: 'missing'; name: string; problem: string }

interface Pending {
  oid: string
  type: string
  size: number
}

const LF = 0x0a

/**
 * A push parser for the byte stream of `git cat-file --batch`: a header
 * `<oid> <type> <size>\n`, exactly `size` bytes of content and `\n`; or
 * `<name> missing\n` / `<name> ambiguous\n`. Content is cut by its byte count
 * alone, so a blob may hold anything, headers included. Throws on a stream
 * that does not follow this shape.
 */
export function createBatchParser(onResponse: (response: BatchResponse) => void): (chunk: Buffer) => void {
  let buffered: Buffer[] = []
  let length = 0
  let pending: Pending | undefined

  const take = (count: number): Buffer => {
    const all = buffered.length === 1 ? (buffered[0] as Buffer) : Buffer.concat(buffered, length)
    buffered = count < all.length ? [all.subarray(count)] : []
    length -= count
    return all.subarray(0, count)
  }

  const step = (): boolean => {
    if (pending === undefined) {
      const headerEnd = indexOfLf(buffered)
      if (headerEnd < 0) return false
      const header = take(headerEnd + 1).toString('utf8', 0, headerEnd)
      pending = readHeader(header, onResponse)
      return true
    }
    if (length < pending.size + 1) return false
    const body = take(pending.size + 1)
    if (body[pending.size] !== LF) {
      throw new Error(
        `git cat-file --batch: expected a newline after the ${pending.size} bytes of ${pending.oid}`
      )
    }
    onResponse({
      kind: 'object',
      oid: pending.oid,
      type: pending.type,
      content: body.subarray(0, pending.size)
    })
    pending = undefined
    return true
  }

  return chunk => {
    buffered.push(chunk)
    length += chunk.length
    while (step()) {
      // each step consumes one header or one body
    }
  }
}

function indexOfLf(chunks: readonly Buffer[]): number {
  let offset = 0
  for (const chunk of chunks) {
    const at = chunk.indexOf(LF)
    if (at >= 0) return offset + at
    offset += chunk.length
  }
  return -1
}

/** Reads a header; answers a `missing`/`ambiguous` line at once and returns what body to expect otherwise. */
function readHeader(header: string, onResponse: (response: BatchResponse) => void): Pending | undefined {
  const fields = header.split(' ')
  if (fields.length === 2 && (fields[1] === 'missing' || fields[1] === 'ambiguous')) {
    onResponse({ kind: 'missing', name: fields[0] ?? '', problem: fields[1] })
    return undefined
  }
  const [oid, type, size] = fields
  if (fields.length !== 3 || oid === undefined || type === undefined || !/^\d+$/.test(size ?? '')) {
    throw new Error(`git cat-file --batch: expected a header '<oid> <type> <size>', found '${header}'`)
  }
  return { oid, type, size: Number(size) }
}
