import { describe, expect, test } from '@jest/globals'
import { canonicalJson } from '../../src/merge/canonical-json.js'
import { RefusedMerge } from '../../src/merge/index.js'
import { unite } from '../../src/merge/unite.js'

const byFingerprint = { key: (i: { fp?: string }) => i.fp, describe: (i: { fp?: string }) => `item ${i.fp}` }

describe('unite', () => {
  test('an entry two shards hold is kept once; one a shard holds twice, twice', () => {
    const twice = { file: 'a', message: 'm' }
    const united = unite([
      { source: 'a.json', items: [twice, twice, { file: 'b', message: 'n' }] },
      {
        source: 'b.json',
        items: [
          { message: 'm', file: 'a' },
          { file: 'c', message: 'o' }
        ]
      }
    ])
    expect(united).toEqual([twice, twice, { file: 'b', message: 'n' }, { file: 'c', message: 'o' }])
  })

  test('entries with a key are the same by it, and must then be equal in every field', () => {
    expect(
      unite(
        [
          { source: 'a.json', items: [{ fp: '1', line: 3 }] },
          {
            source: 'b.json',
            items: [
              { fp: '1', line: 3 },
              { fp: '2', line: 3 }
            ]
          }
        ],
        byFingerprint
      )
    ).toEqual([
      { fp: '1', line: 3 },
      { fp: '2', line: 3 }
    ])
    const refuse = () =>
      unite(
        [
          { source: 'a.json', items: [{ fp: '1', line: 3 }] },
          { source: 'b.json', items: [{ fp: '1', line: 4 }] }
        ],
        byFingerprint
      )
    expect(refuse).toThrow(RefusedMerge)
    expect(refuse).toThrow('cannot merge the reports: a.json and b.json describe item 1 differently')
  })

  test('entries without a key are the same when equal in every field, whatever the order of their keys', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 1 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"e":1,"f":2}]},"b":1}'
    )
    expect(
      unite(
        [
          { source: 'a.json', items: [{ line: 1 }] },
          { source: 'b.json', items: [{ line: 1, fp: 'x' }] }
        ],
        byFingerprint
      )
    ).toEqual([{ line: 1 }, { line: 1, fp: 'x' }])
  })
})
