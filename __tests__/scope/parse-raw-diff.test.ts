import { describe, expect, test } from '@jest/globals'
import { parseRawDiff } from '../../src/scope/parse-raw-diff.js'

const raw = (...tokens: string[]): Buffer => Buffer.from(tokens.map(token => `${token}\0`).join(''))

describe('parseRawDiff', () => {
  test('reads one or two paths per entry depending on the status', () => {
    const output = raw(
      ':000000 100644 0000000 1111111 A',
      'new file.tf',
      ':100644 100644 2222222 3333333 R087',
      'old\nname.tf',
      'new name.tf',
      ':100644 120000 4444444 5555555 T',
      'link.tf',
      ':160000 000000 6666666 0000000 D',
      'sub'
    )

    expect(parseRawDiff(output)).toEqual([
      { status: 'added', path: 'new file.tf', oldMode: '000000', newMode: '100644', letter: 'A' },
      {
        status: 'renamed',
        path: 'new name.tf',
        sourcePath: 'old\nname.tf',
        oldMode: '100644',
        newMode: '100644',
        letter: 'R'
      },
      { status: 'modified', path: 'link.tf', oldMode: '100644', newMode: '120000', letter: 'T' },
      { status: 'removed', path: 'sub', oldMode: '160000', newMode: '000000', letter: 'D' }
    ])
  })

  test('gives nothing for empty output', () => {
    expect(parseRawDiff(Buffer.alloc(0))).toEqual([])
  })

  test('rejects an entry that is not a raw diff line', () => {
    expect(() => parseRawDiff(raw('M', 'file.tf'))).toThrow(
      "git diff --raw output, entry 1: expected ':<mode> <mode> <oid> <oid> <A|C|D|M|R|T>', found 'M'"
    )
  })

  test('rejects an entry without its path', () => {
    expect(() => parseRawDiff(Buffer.from(':100644 100644 1 2 M'))).toThrow('is not followed by its path')
  })
})
