import { describe, expect, test } from '@jest/globals'
import type { Value } from '../../src/model.js'
import { compileRules } from '../../src/engine/compile-rules.js'
import { evaluate, REPORTED_KINDS } from '../../src/engine/index.js'
import { ROWS, resource, ruleDoc, run, span, unknown } from './build.js'

function ruleSet(...docs: object[]) {
  return compileRules(
    docs.map((doc, i) => ({ file: `rules/controls/t/${i}/rule.yml`, text: JSON.stringify(doc) })),
    { knownRows: ROWS }
  )
}

describe('evaluate', () => {
  test('runs only the rules indexed for each resource type, in rule id order', () => {
    const rules = ruleSet(
      ruleDoc({ types: ['aws_a', 'aws_b'], assert: { attr: 'x', exists: true } }, { id: 'zz-rule' }),
      ruleDoc({ types: ['aws_a'], assert: { attr: 'x', exists: true } }, { id: 'aa-rule' })
    )
    const outcomes = evaluate(rules, [
      resource('aws_a.one', { x: 1 }),
      resource('aws_b.two', {}),
      resource('aws_c.three', { x: 1 })
    ])
    expect(outcomes.map(o => [o.resource.address, o.rule.id, o.outcome])).toEqual([
      ['aws_a.one', 'aa-rule', 'pass'],
      ['aws_a.one', 'zz-rule', 'pass'],
      ['aws_b.two', 'zz-rule', 'fail']
    ])
  })

  test('keeps only the kinds asked for, each outcome as the full run has it', () => {
    const rules = ruleSet(
      ruleDoc({ types: ['aws_a'], if: { attr: 'on', equals: true }, assert: { attr: 'x', equals: 1 } }),
      ruleDoc({ types: ['aws_a'], assert: { attr: 'y', equals: 'z' } }, { id: 'y-rule' })
    )
    const resources = [
      resource('aws_a.pass', { on: true, x: 1, y: 'z' }),
      resource('aws_a.off', { on: false, x: 2, y: 'no' }),
      resource('aws_a.fail', { on: true, x: 2, y: unknown('var.y') })
    ]
    const all = evaluate(rules, resources)
    expect(all.map(o => o.outcome)).toEqual(['pass', 'pass', 'not-applicable', 'fail', 'fail', 'unknown'])
    const reported = evaluate(rules, resources, REPORTED_KINDS)
    expect(reported).toEqual(all.filter(o => REPORTED_KINDS.has(o.outcome)))
    expect(reported.map(o => `${o.resource.address} ${o.outcome} ${o.message}`)).toEqual([
      'aws_a.off fail `y` is "no"',
      'aws_a.fail fail `x` is 2',
      'aws_a.fail unknown `y` cannot be settled statically: var.y'
    ])
  })

  test('a rule that throws on a resource gives an error outcome and the run goes on', () => {
    const broken = resource('aws_thing.broken', {})
    broken.body.entries.set('acl', { kind: 'bogus', span: span(2) } as unknown as Value)
    const fine = resource('aws_thing.fine', { acl: 'private' })
    const outcomes = evaluate(ruleSet(ruleDoc({ assert: { attr: 'acl', equals: 'private' } })), [
      broken,
      fine
    ])
    expect(outcomes.map(o => o.outcome)).toEqual(['error', 'pass'])
    expect(outcomes[0]?.message).toBe("unexpected value kind 'bogus'")
    expect(outcomes[0]?.span).toEqual(broken.span)
  })

  test('the rule message fills {value}, {path} and {address}', () => {
    const bucket = resource('aws_thing.site', { acl: 'public-read' })
    const selector = {
      assert: { attr: 'acl', not_in: ['public-read'] },
      message: 'ACL {value} on {path} of {address} makes the objects readable by anyone'
    }
    expect(run(selector, [bucket]).message).toBe(
      'ACL "public-read" on acl of aws_thing.site makes the objects readable by anyone'
    )
    const missing = { assert: { attr: 'encrypted', equals: true }, message: '{path} is {value}' }
    expect(run(missing, [resource('aws_thing.v', {})]).message).toBe('encrypted is not set')
  })

  test('a sensitive rule masks {value}: length, and a 4-character prefix only for long values', () => {
    const rules = ruleSet(
      ruleDoc(
        { assert: { attr: 'token', not_matches: '^AKIA' }, message: 'access key {value} in {path}' },
        { sensitive: true }
      )
    )
    const long = evaluate(rules, [resource('aws_thing.a', { token: 'AKIAABCDEFGHIJKLMNOP' })])[0]!
    expect(long.message).toBe('access key "AKIA…" (20 characters, masked) in token')
    expect(long.message).not.toContain('ABCDEFGH')
    const short = evaluate(rules, [resource('aws_thing.b', { token: 'AKIAxyz' })])[0]!
    expect(short.message).toBe('access key "…" (7 characters, masked) in token')
  })

  test('a sensitive rule without a message is refused', () => {
    expect(() => ruleSet(ruleDoc({ assert: { attr: 'token', exists: false } }, { sensitive: true }))).toThrow(
      /formats\.terraform: a sensitive rule needs a message/
    )
  })

  test('passing and not-applicable outcomes point at the resource with no message', () => {
    const thing = resource('aws_thing.x', { a: 1 }, { line: 7 })
    expect(run({ assert: { attr: 'a', equals: 1 } }, [thing])).toMatchObject({
      outcome: 'pass',
      span: thing.span,
      path: '',
      message: ''
    })
    expect(run({ if: { attr: 'a', equals: 2 }, assert: { attr: 'a', equals: 1 } }, [thing]).outcome).toBe(
      'not-applicable'
    )
  })

  test('an empty resource list or rule set gives no outcomes', () => {
    expect(evaluate(ruleSet(ruleDoc({ assert: { attr: 'a', exists: true } })), [])).toEqual([])
    expect(evaluate(compileRules([], { knownRows: ROWS }), [resource('aws_thing.x', {})])).toEqual([])
  })

  test('scales with resources times applicable rules', () => {
    const docs = Array.from({ length: 40 }, (_, i) =>
      ruleDoc(
        {
          types: [`aws_t${i}`],
          assert: { related: { type: 'aws_link', via: 'target', where: { attr: 'on', equals: true } } }
        },
        { id: `rule-${i}` }
      )
    )
    const resources = Array.from({ length: 4000 }, (_, i) =>
      resource(`aws_t${i % 40}.r${i}`, { name: `r${i}` })
    )
    const outcomes = evaluate(ruleSet(...docs), resources)
    expect(outcomes).toHaveLength(4000)
    expect(new Set(outcomes.map(o => o.outcome))).toEqual(new Set(['fail']))
  })
})
