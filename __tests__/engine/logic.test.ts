import { describe, expect, test } from '@jest/globals'
import { attrLine, resource, run, unknown, verdictOf } from './build.js'

const T = { attr: 't', equals: true }
const F = { attr: 'f', equals: true }
const U = { attr: 'u', equals: true }
const body = { t: true, f: false, u: unknown('var.u') }

describe('missing attributes and defaults', () => {
  test('a missing attribute without default behaves as null', () => {
    expect(verdictOf({ attr: 'encrypted', not_equals: true }, {})).toBe('pass')
    expect(verdictOf({ attr: 'encrypted', equals: true }, {})).toBe('fail')
    expect(verdictOf({ attr: 'encrypted', exists: false }, {})).toBe('pass')
    expect(verdictOf({ attr: 'encrypted', not_in: [true] }, {})).toBe('pass')
  })

  test('a missing attribute takes the default, and so does an explicit null', () => {
    expect(verdictOf({ attr: 'rotation', equals: true, default: false }, {})).toBe('fail')
    expect(verdictOf({ attr: 'upgrade', not_equals: false, default: true }, {})).toBe('pass')
    expect(verdictOf({ attr: 'upgrade', not_equals: false, default: true }, { upgrade: null })).toBe('pass')
    expect(verdictOf({ attr: 'upgrade', not_equals: false, default: true }, { upgrade: false })).toBe('fail')
  })

  test('a failing missing attribute points at the block, names the path and the default', () => {
    const db = resource('aws_thing.db', { engine: 'postgres' }, { line: 10 })
    const outcome = run({ assert: { attr: 'storage_encrypted', equals: true, default: false } }, [db])
    expect(outcome).toMatchObject({ outcome: 'fail', path: 'storage_encrypted', span: db.span })
    expect(outcome.message).toBe('`storage_encrypted` is not set (defaults to false)')
  })

  test('a missing nested attribute points at the nested block', () => {
    const vm = resource('aws_thing.vm', { ami: 'ami-1', metadata_options: [{ http_endpoint: 'enabled' }] })
    const outcome = run({ assert: { attr: 'metadata_options.http_tokens', equals: 'required' } }, [vm])
    expect(outcome.path).toBe('metadata_options[0].http_tokens')
    expect(outcome.span.line).toBe(attrLine(vm, 'metadata_options'))
    expect(outcome.message).toBe('`metadata_options[0].http_tokens` is not set')
  })

  test('a failing value is the evidence, with a concrete message', () => {
    const bucket = resource('aws_thing.b', { bucket: 'logs', acl: 'public-read' })
    const outcome = run({ assert: { attr: 'acl', not_in: ['public-read', 'public-read-write'] } }, [bucket])
    expect(outcome).toMatchObject({ outcome: 'fail', path: 'acl', message: '`acl` is "public-read"' })
    expect(outcome.span.line).toBe(attrLine(bucket, 'acl'))
  })
})

describe('three-valued logic', () => {
  test.each([
    [[T, T], 'pass'],
    [[T, F], 'fail'],
    [[U, F], 'fail'],
    [[T, U], 'unknown']
  ])('all %j → %s', (children, expected) => {
    expect(verdictOf({ all: children }, body)).toBe(expected)
  })

  test.each([
    [[F, T], 'pass'],
    [[U, T], 'pass'],
    [[F, F], 'fail'],
    [[F, U], 'unknown']
  ])('any %j → %s', (children, expected) => {
    expect(verdictOf({ any: children }, body)).toBe(expected)
  })

  test('not flips true and false and keeps unknown', () => {
    expect(verdictOf({ not: T }, body)).toBe('fail')
    expect(verdictOf({ not: F }, body)).toBe('pass')
    expect(verdictOf({ not: U }, body)).toBe('unknown')
  })

  test('an unknown outcome carries the unsettled expression and its place', () => {
    const thing = resource('aws_thing.x', { a: true, u: unknown('var.flag') })
    const outcome = run(
      {
        assert: {
          all: [
            { attr: 'a', equals: true },
            { attr: 'u', equals: true }
          ]
        }
      },
      [thing]
    )
    expect(outcome).toMatchObject({ outcome: 'unknown', expr: 'var.flag', path: 'u' })
    expect(outcome.span.line).toBe(attrLine(thing, 'u'))
  })

  test('any that fails names every reason and points at the concrete value', () => {
    const thing = resource('aws_thing.x', { sse: 'AES256' })
    const outcome = run(
      {
        assert: {
          any: [
            { attr: 'inline', exists: true },
            { attr: 'sse', equals: 'aws:kms' }
          ]
        }
      },
      [thing]
    )
    expect(outcome.message).toBe('`inline` is not set; `sse` is "AES256"')
    expect(outcome.span.line).toBe(attrLine(thing, 'sse'))
  })

  test('a leaf over several values holds only when it holds for every one', () => {
    const rules = { rule: [{ port: 443 }, { port: 22 }, { port: 80 }] }
    expect(verdictOf({ attr: 'rule.port', not_equals: 22 }, rules)).toBe('fail')
    expect(verdictOf({ attr: 'rule.port', gt: 0 }, rules)).toBe('pass')
    const thing = resource('aws_thing.x', rules)
    expect(run({ assert: { attr: 'rule.port', not_equals: 22 } }, [thing]).path).toBe('rule[1].port')
  })
})

describe('if', () => {
  const rotation = { attr: 'enable_key_rotation', equals: true, default: false }
  const symmetric = {
    attr: 'customer_master_key_spec',
    equals: 'SYMMETRIC_DEFAULT',
    default: 'SYMMETRIC_DEFAULT'
  }

  test('false makes the rule not applicable', () => {
    const key = resource('aws_thing.k', { customer_master_key_spec: 'RSA_2048' })
    expect(run({ if: symmetric, assert: rotation }, [key]).outcome).toBe('not-applicable')
  })

  test('true lets the assertion decide', () => {
    expect(run({ if: symmetric, assert: rotation }, [resource('aws_thing.k', {})]).outcome).toBe('fail')
    const rotated = resource('aws_thing.k', { enable_key_rotation: true })
    expect(run({ if: symmetric, assert: rotation }, [rotated]).outcome).toBe('pass')
  })

  test('unknown gives unknown unless the assertion holds anyway', () => {
    const spec = { customer_master_key_spec: unknown('var.spec') }
    const failing = run({ if: symmetric, assert: rotation }, [resource('aws_thing.k', spec)])
    expect(failing).toMatchObject({ outcome: 'unknown', expr: 'var.spec' })
    const holding = resource('aws_thing.k', { ...spec, enable_key_rotation: true })
    expect(run({ if: symmetric, assert: rotation }, [holding]).outcome).toBe('pass')
  })
})

describe('paths', () => {
  const body = {
    rule: [
      { port: 22, tags: { env: 'prod', team: 'web' } },
      { port: 443, tags: { env: 'dev' } }
    ]
  }

  test('[n] picks one item, and a map counts as a one-item list', () => {
    expect(verdictOf({ attr: 'rule[1].port', equals: 443 }, body)).toBe('pass')
    expect(verdictOf({ attr: 'rule[0].port', equals: 443 }, body)).toBe('fail')
    expect(verdictOf({ attr: 'rule[5].port', exists: false }, body)).toBe('pass')
    expect(verdictOf({ attr: 'single[0].port', equals: 22 }, { single: { port: 22 } })).toBe('pass')
  })

  test('* takes every item of a list and every value of a map', () => {
    expect(verdictOf({ attr: 'rule.*.port', gt: 0 }, { rule: [{ port: 22 }, { port: 443 }] })).toBe('pass')
    expect(verdictOf({ attr: 'rule[0].tags.*', not_equals: 'dev' }, body)).toBe('pass')
    expect(verdictOf({ attr: 'rule.tags.*', not_equals: 'dev' }, body)).toBe('fail')
  })

  test('exists counts a reference to another resource as set, but not an unsettled variable', () => {
    const replica = {
      replicate_source_db: unknown('aws_db_instance.main.identifier', ['aws_db_instance.main'])
    }
    expect(verdictOf({ attr: 'replicate_source_db', exists: true }, replica)).toBe('pass')
    expect(verdictOf({ attr: 'replicate_source_db', exists: false }, replica)).toBe('fail')
    expect(
      verdictOf(
        { attr: 'replicate_source_db', exists: false },
        { replicate_source_db: unknown('var.source') }
      )
    ).toBe('unknown')
    expect(verdictOf({ attr: 'replicate_source_db', equals: 'main' }, replica)).toBe('unknown')
  })
})
