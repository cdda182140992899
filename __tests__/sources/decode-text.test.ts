import { describe, expect, test } from '@jest/globals'
import { decodeText } from '../../src/sources/decode-text.js'

const binary = { ok: false, reason: 'binary file (not text)' }

describe('decodeText', () => {
  test('decodes UTF-8, keeping every character', () => {
    expect(decodeText(Buffer.from('a = "é€😀"\r\n'))).toEqual({ ok: true, text: 'a = "é€😀"\r\n' })
  })

  test('drops a UTF-8 byte order mark', () => {
    expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ ok: true, text: 'a' })
  })

  test('decodes UTF-16 with a byte order mark, little or big endian', () => {
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00]))).toEqual({ ok: true, text: 'aé' })
    expect(decodeText(Buffer.from([0xfe, 0xff, 0x00, 0x61, 0x00, 0xe9]))).toEqual({ ok: true, text: 'aé' })
  })

  test('calls a NUL byte in the first 8 KiB binary, but not one after', () => {
    const early = Buffer.alloc(9000, 0x61)
    early[8191] = 0
    const late = Buffer.alloc(9000, 0x61)
    late[8500] = 0

    expect(decodeText(early)).toEqual(binary)
    expect(decodeText(late)).toMatchObject({ ok: true })
  })

  test('calls invalid UTF-8 and broken UTF-16 binary', () => {
    expect(decodeText(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]))).toEqual(binary)
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x61, 0x00]))).toEqual(binary)
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x61]))).toEqual(binary)
  })

  test('decodes an empty file to empty text', () => {
    expect(decodeText(new Uint8Array(0))).toEqual({ ok: true, text: '' })
  })
})
