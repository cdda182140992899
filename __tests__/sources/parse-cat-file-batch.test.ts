import { describe, expect, test } from '@jest/globals'
import { createBatchParser, type BatchResponse } from '../../src/sources/parse-cat-file-batch.js'

const OID_A = 'a'.repeat(40)
const OID_B = 'b'.repeat(40)

function streamOf(...parts: (string | Buffer)[]): Buffer {
  return Buffer.concat(parts.map(part => Buffer.from(part)))
}

describe('createBatchParser', () => {
  const lookalike = `${OID_B} blob 1\nx\n`
  const stream = streamOf(
    `${OID_A} blob ${lookalike.length}\n`,
    lookalike,
    '\n',
    `${OID_B} missing\n`,
    `${OID_A} blob 0\n\n`,
    `${OID_B} blob 3\n`,
    Buffer.from([0, 0x0a, 0xff]),
    '\n'
  )
  const expected: BatchResponse[] = [
    { kind: 'object', oid: OID_A, type: 'blob', content: Buffer.from(lookalike) },
    { kind: 'missing', name: OID_B, problem: 'missing' },
    { kind: 'object', oid: OID_A, type: 'blob', content: Buffer.alloc(0) },
    { kind: 'object', oid: OID_B, type: 'blob', content: Buffer.from([0, 0x0a, 0xff]) }
  ]

  test('splits a stream given at once', () => {
    const seen: BatchResponse[] = []
    createBatchParser(response => seen.push(response))(stream)

    expect(seen).toEqual(expected)
  })

  test('gives the same answers when the stream arrives one byte at a time', () => {
    const seen: BatchResponse[] = []
    const push = createBatchParser(response => seen.push(response))
    for (let i = 0; i < stream.length; i += 1) push(stream.subarray(i, i + 1))

    expect(seen).toEqual(expected)
  })

  test('rejects a header that is not one', () => {
    const push = createBatchParser(() => undefined)

    expect(() => push(Buffer.from('error: something\n'))).toThrow(
      "git cat-file --batch: expected a header '<oid> <type> <size>', found 'error: something'"
    )
  })

  test('rejects content not followed by a newline', () => {
    const push = createBatchParser(() => undefined)

    expect(() => push(Buffer.from(`${OID_A} blob 2\nabc`))).toThrow(
      `expected a newline after the 2 bytes of ${OID_A}`
    )
  })
})
