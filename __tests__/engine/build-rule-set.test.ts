import { describe, expect, test } from '@jest/globals'
import { buildRuleSet, type CheckedRule } from '../../src/engine/index.js'
import type { RawRule } from '../../src/engine/condition-syntax.js'

function rule(id: string, formats: RawRule['formats']): CheckedRule {
  return {
    file: `rules/controls/s3/${id}/rule.yml`,
    rule: {
      id,
      title: 'A title',
      row: 'access-restriction',
      severity: 'high',
      references: [],
      explanation: 'Why. It matters.',
      remediation: 'How to fix it, concretely.',
      formats
    }
  }
}

// Not what a checked rule can hold: compiling it throws, which shows when compiling happens.
const UNCOMPILABLE = { attr: 'acl' }

describe('buildRuleSet', () => {
  test('compiles a selector only when a resource of one of its types asks for it', () => {
    const rules = buildRuleSet([
      rule('s3-b', { terraform: { types: ['aws_s3_bucket'], assert: { attr: 'acl', equals: 'private' } } }),
      rule('s3-a', { terraform: { types: ['aws_s3_bucket_acl'], assert: UNCOMPILABLE } })
    ])

    expect(rules.rules.map(r => r.id)).toEqual(['s3-a', 's3-b'])
    expect(rules.applicable('terraform', 'aws_s3_bucket').map(s => s.rule.id)).toEqual(['s3-b'])
    expect(rules.applicable('terraform', 'aws_instance')).toEqual([])
    expect(() => rules.applicable('terraform', 'aws_s3_bucket_acl')).toThrow("no operator on attr 'acl'")
  })

  test('a selector listed under several types is compiled once: the same object for each', () => {
    const rules = buildRuleSet([
      rule('s3-x', {
        terraform: { types: ['aws_s3_bucket', 'aws_s3_bucket_acl'], assert: { attr: 'acl', exists: true } },
        cloudformation: { types: ['AWS::S3::Bucket'], assert: { attr: 'AccessControl', exists: true } }
      })
    ])

    const [first] = rules.applicable('terraform', 'aws_s3_bucket')
    expect(rules.applicable('terraform', 'aws_s3_bucket_acl')[0]).toBe(first)
    expect(rules.applicable('terraform', 'aws_s3_bucket')[0]).toBe(first)
    expect(rules.applicable('cloudformation', 'AWS::S3::Bucket')[0]).not.toBe(first)
  })
})
