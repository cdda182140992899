import { describe, expect, test } from '@jest/globals'
import { createRequire } from 'node:module'
import { equal, ucs2length } from '../../src/validators/runtime.js'

const require = createRequire(import.meta.url)
const ajvEqual = (require('ajv/dist/runtime/equal') as { default: (a: unknown, b: unknown) => boolean })
  .default
const ajvLength = (require('ajv/dist/runtime/ucs2length') as { default: (s: string) => number }).default

const VALUES: unknown[] = [
  null,
  0,
  -0,
  1,
  Number.NaN,
  '',
  'a',
  '1',
  true,
  false,
  [],
  [1, 2],
  [2, 1],
  [[1], { a: 1 }],
  {},
  { a: 1 },
  { a: 1, b: [null] },
  { b: [null], a: 1 },
  { a: undefined },
  { b: undefined },
  /x/g,
  /x/i
]

describe('the stand-ins for ajv runtime helpers (src/validators/runtime.ts)', () => {
  test('equal agrees with ajv on every pair of JSON-like values', () => {
    for (const a of VALUES)
      for (const b of [...VALUES, structuredClone(a)])
        expect([a, b, equal(a, b)]).toEqual([a, b, ajvEqual(a, b)])
  })

  test('ucs2length agrees with ajv: a surrogate pair counts once, a lone surrogate once', () => {
    for (const text of ['', 'abc', 'é', '😀', 'a😀b', '\ud83d', '\ude00', '\ud83d\ud83d', 'x\ud83d', '👩‍👩‍👧'])
      expect([text, ucs2length(text)]).toEqual([text, ajvLength(text)])
  })
})
