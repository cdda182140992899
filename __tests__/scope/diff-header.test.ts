import { describe, expect, test } from '@jest/globals'
import { diffHeaderFor, quoteCPath } from '../../src/scope/diff-header.js'

describe('quoteCPath', () => {
  test('leaves plain names, spaces and non-ASCII letters alone', () => {
    expect(quoteCPath('a/with space/ünï.tf')).toBe('a/with space/ünï.tf')
  })

  test('quotes the whole name with C escapes when it holds a control character, quote or backslash', () => {
    expect(quoteCPath('a/x\ny')).toBe('"a/x\\ny"')
    expect(quoteCPath('b/"q"\\\t')).toBe('"b/\\"q\\"\\\\\\t"')
    expect(quoteCPath('a/\x01\x7f')).toBe('"a/\\001\\177"')
  })
})

describe('diffHeaderFor', () => {
  test('quotes each side on its own', () => {
    expect(diffHeaderFor('old\nname', 'new name')).toBe('diff --git "a/old\\nname" b/new name')
  })
})
