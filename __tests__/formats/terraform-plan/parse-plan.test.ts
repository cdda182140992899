import { describe, expect, test } from '@jest/globals'
import { parsePlan, PlanError } from '../../../src/formats/terraform-plan/index.js'
import { lineOf, planJson } from './helpers.js'

const EXPECTED =
  "plan.json: expected Terraform plan JSON (the output of 'terraform show -json <planfile>'), found"

function failure(text: string): string {
  try {
    parsePlan('plan.json', text)
  } catch (error) {
    expect(error).toBeInstanceOf(PlanError)
    return (error as Error).message
  }
  throw new Error('no error')
}

describe('parsePlan', () => {
  test('reads each resource change with its address, type, mode, actions, values and span', () => {
    const text = planJson([
      {
        address: 'aws_s3_bucket.b[0]',
        actions: ['update'],
        before: { acl: 'private' },
        after: { acl: 'public-read' }
      },
      { address: 'data.aws_caller_identity.me', actions: ['read'], after: {} }
    ])
    const plan = parsePlan('infra/plan.json', text, 'infra')
    expect(plan.file).toBe('infra/plan.json')
    expect(plan.dir).toBe('infra')
    expect(plan.entries.map(e => [e.address, e.type, e.mode, e.actions, e.span.line])).toEqual([
      ['aws_s3_bucket.b[0]', 'aws_s3_bucket', 'managed', ['update'], 4],
      ['data.aws_caller_identity.me', 'aws_caller_identity', 'data', ['read'], lineOf(text, '"data.aws') - 1]
    ])
    expect(plan.entries[1]?.before).toBeUndefined()
  })

  test('a plan without resource_changes (nothing managed) has no entries', () => {
    expect(parsePlan('p.json', '{"format_version":"1.2","planned_values":{}}').entries).toEqual([])
  })

  test('leaves out entries for deposed objects', () => {
    const text = JSON.stringify({
      format_version: '1.2',
      resource_changes: [
        { address: 't.a', mode: 'managed', type: 't', deposed: '00abc', change: { actions: ['delete'] } }
      ]
    })
    expect(parsePlan('p.json', text).entries).toEqual([])
  })

  test.each([
    [
      '{ "format_version": ',
      `${EXPECTED} invalid JSON at line 1: expected a JSON value, found the end of the file`
    ],
    ['[1, 2]', `${EXPECTED} an array`],
    ['{"resource_changes": []}', `${EXPECTED} an object without 'format_version'`],
    [
      '{"format_version": "1.0", "values": {}}',
      `${EXPECTED} an object without 'resource_changes' or 'planned_values' (a state file, not a plan?)`
    ],
    [
      '{"format_version": "1.2",\n"resource_changes": {}}',
      `${EXPECTED} 'resource_changes' as an object at line 2, not a list`
    ],
    [
      '{"format_version": "1.2", "resource_changes": [\n  {"type": "t", "mode": "managed"}]}',
      `${EXPECTED} resource_changes[0] at line 2: an entry without a string 'address' and 'type' and a 'mode' of managed or data`
    ],
    [
      '{"format_version": "1.2", "resource_changes": [3]}',
      `${EXPECTED} resource_changes[0] at line 1: a number, not an object`
    ],
    [
      '{"format_version": "1.2", "resource_changes": [{"address": "t.a", "type": "t", "mode": "managed", "change": {}}]}',
      `${EXPECTED} resource_changes[0] at line 1 (t.a): an entry without 'change.actions' as a list of strings`
    ]
  ])('refuses %s', (text, message) => {
    expect(failure(text)).toBe(message)
  })
})
