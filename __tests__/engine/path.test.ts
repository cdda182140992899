import { describe, expect, test } from '@jest/globals'
import { parsePath } from '../../src/engine/path.js'
import { RULE_SCHEMA, CONDITION_KINDS, OPERATORS } from '../../src/engine/index.js'

describe('parsePath', () => {
  test('reads keys, indexes, * and $json', () => {
    expect(parsePath('policy.$json.Statement[0].Condition.Bool.aws:SecureTransport')).toEqual([
      { kind: 'key', key: 'policy' },
      { kind: 'json' },
      { kind: 'key', key: 'Statement' },
      { kind: 'index', index: 0 },
      { kind: 'key', key: 'Condition' },
      { kind: 'key', key: 'Bool' },
      { kind: 'key', key: 'aws:SecureTransport' }
    ])
    expect(parsePath('a.*.b[1][2]')).toEqual([
      { kind: 'key', key: 'a' },
      { kind: 'all' },
      { kind: 'key', key: 'b' },
      { kind: 'index', index: 1 },
      { kind: 'index', index: 2 }
    ])
    expect(parsePath('')).toEqual([])
  })

  test('rejects empty steps and malformed indexes', () => {
    expect(() => parsePath('a.')).toThrow("empty step in path 'a.'")
    expect(() => parsePath('a[x]')).toThrow("invalid step 'a[x]' in path 'a[x]'")
    expect(() => parsePath('a]')).toThrow('invalid step')
  })
})

describe('rule schema', () => {
  test('lists exactly the condition kinds and operators the engine knows', () => {
    const condition = (
      RULE_SCHEMA as { definitions: { condition: { propertyNames: { enum: string[] }; properties: object } } }
    ).definitions.condition
    const expected = [...CONDITION_KINDS, 'default', ...OPERATORS]
    expect([...condition.propertyNames.enum].sort()).toEqual([...expected].sort())
    expect(Object.keys(condition.properties).sort()).toEqual([...expected].sort())
  })
})
