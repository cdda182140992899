import { describe, expect, test } from '@jest/globals'
import type { Value } from '../../src/model.js'
import { parseJsonValue } from '../../src/engine/index.js'
import { resource, run, span, verdictOf } from './build.js'

const adminPolicy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }
const noAdmin = {
  none: {
    attr: 'policy.$json.Statement',
    where: {
      all: [
        { attr: 'Effect', equals: 'Allow' },
        { attr: 'Action', in: ['*'] },
        { attr: 'Resource', in: ['*'] }
      ]
    }
  }
}

describe('$json', () => {
  test('a map (jsonencode) and a JSON string read the same', () => {
    expect(verdictOf(noAdmin, { policy: adminPolicy })).toBe('fail')
    expect(verdictOf(noAdmin, { policy: JSON.stringify(adminPolicy) })).toBe('fail')
    const readOnly = { Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' }] }
    expect(verdictOf(noAdmin, { policy: readOnly })).toBe('pass')
    expect(verdictOf(noAdmin, { policy: JSON.stringify(readOnly) })).toBe('pass')
  })

  test('a string that is not JSON makes the path unknown', () => {
    const outcome = run({ assert: noAdmin }, [resource('aws_thing.p', { policy: '${file("policy.json")}' })])
    expect(outcome.outcome).toBe('unknown')
    expect(outcome.expr).toMatch(/not JSON/)
  })

  test('spans of values from a heredoc point at their own lines', () => {
    const text =
      '{\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Action": "*",\n      "Resource": "*"\n    }\n  ]\n}\n'
    const heredoc: Value = { kind: 'string', value: text, span: span(5, 15) }
    const policy = resource('aws_thing.p', {})
    policy.body.entries.set('policy', heredoc)
    const outcome = run({ assert: noAdmin }, [policy])
    // `<<EOF` is on line 5, so the statement's `{` (third line of the text) is on line 8
    expect(outcome).toMatchObject({ outcome: 'fail', path: 'policy.Statement[0]' })
    expect(outcome.span.line).toBe(8)
    expect(outcome.span.endLine).toBe(12)
  })
})

describe('parseJsonValue', () => {
  test('reads every JSON kind with spans inside a one-line string', () => {
    const value = parseJsonValue('{"a": [1, true, null, "x"], "b": {"c": -2.5e1}}', span(4))
    expect(value?.kind).toBe('map')
    if (value?.kind !== 'map') return
    const a = value.entries.get('a')
    expect(a?.kind === 'list' ? a.items.map(i => i.kind) : []).toEqual(['number', 'bool', 'null', 'string'])
    const b = value.entries.get('b')
    const c = b?.kind === 'map' ? b.entries.get('c') : undefined
    expect(c).toMatchObject({ kind: 'number', value: -25 })
    expect(value.span.line).toBe(4)
    expect(a?.span.column).toBe(3 + 1 + 6)
  })

  test('rejects what is not JSON', () => {
    for (const text of ['', 'policy', '{"a": 1,}', '{"a" 1}', '[1 2]', '{"a": 1} trailing', "{'a': 1}"]) {
      expect(parseJsonValue(text, span(1))).toBeUndefined()
    }
  })

  test('rejects nesting deeper than the bound instead of overflowing the stack', () => {
    expect(parseJsonValue('['.repeat(100000) + ']'.repeat(100000), span(1))).toBeUndefined()
    expect(parseJsonValue('['.repeat(10) + ']'.repeat(10), span(1))?.kind).toBe('list')
  })
})
