import { describe, expect, test } from '@jest/globals'
import type { MapValue } from '../../../src/model.js'
import { JsonError, parseJson } from '../../../src/formats/json/index.js'
import { toPlain } from '../../../src/values.js'

function errorOf(text: string): JsonError {
  try {
    parseJson(text)
  } catch (error) {
    if (error instanceof JsonError) return error
    throw error
  }
  throw new Error('expected a JsonError')
}

describe('parseJson', () => {
  test('reads what JSON.parse reads', () => {
    const text = '{"a": [1, -2.5e3, true, false, null], "b": {"c": "x\\n\\u00e9\\"y"}, "d": {}, "e": []}'
    expect(toPlain(parseJson(text))).toEqual(JSON.parse(text))
  })

  test('keeps spans of values and keys', () => {
    const value = parseJson(
      '{\n  "Resources": {\n    "B": { "Type": "AWS::S3::Bucket" }\n  }\n}\n'
    ) as MapValue
    const resources = value.entries.get('Resources') as MapValue
    expect(resources.span).toEqual({ line: 2, column: 16, endLine: 4, endColumn: 3 })
    expect(resources.keySpans?.get('B')).toEqual({ line: 3, column: 5, endLine: 3, endColumn: 7 })
    const type = (resources.entries.get('B') as MapValue).entries.get('Type')!
    expect(type.span).toEqual({ line: 3, column: 20, endLine: 3, endColumn: 36 })
  })

  test('errors name the problem and its line', () => {
    expect(errorOf('{\n  "a": 1,\n  "b" 2\n}')).toMatchObject({
      line: 3,
      message: 'expected \':\' after the key, found "2\\n}"'
    })
    expect(errorOf('{"a": 1,}').message).toMatch(/expected a key in quotes/)
    expect(errorOf('').message).toMatch(/empty file/)
    expect(errorOf('{"a": "x').message).toBe('unterminated string')
    expect(errorOf('[1] 2').message).toMatch(/after the JSON value/)
  })

  test('duplicate keys are an error', () => {
    expect(errorOf('{"a": 1,\n "a": 2}')).toMatchObject({
      line: 2,
      message: "duplicate key 'a' (first at line 1)"
    })
  })

  test('deep nesting is bounded', () => {
    expect(errorOf('['.repeat(10_000) + ']'.repeat(10_000)).message).toBe('nesting deeper than 100 levels')
  })

  test('a byte-order mark is allowed', () => {
    expect(toPlain(parseJson('\ufeff{"a": 1}'))).toEqual({ a: 1 })
  })
})
