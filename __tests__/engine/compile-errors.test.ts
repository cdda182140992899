import { describe, expect, test } from '@jest/globals'
import { compileRules } from '../../src/engine/compile-rules.js'
import { RuleFileError } from '../../src/engine/index.js'
import { ROWS, ruleDoc } from './build.js'
import { FORMATS } from '../../src/model.js'

const FILE = 'rules/controls/s3/s3-x/rule.yml'

function problemsOf(docs: { file: string; text: string }[]): string[] {
  try {
    compileRules(docs, { knownRows: ROWS })
  } catch (error) {
    expect(error).toBeInstanceOf(RuleFileError)
    const problems = (error as RuleFileError).problems
    expect((error as Error).message).toContain(`${problems.length} problem`)
    return problems.map(p =>
      p.path === '' ? `${p.file}: ${p.message}` : `${p.file}: ${p.path}: ${p.message}`
    )
  }
  throw new Error('expected a RuleFileError')
}

const problems = (doc: object) => problemsOf([{ file: FILE, text: JSON.stringify(doc) }])
const withAssert = (assert: unknown) => problems(ruleDoc({ assert }))

describe('schema errors name the file and the key path', () => {
  test('an unknown operator', () => {
    const found = withAssert({
      all: [
        { attr: 'a', equals: 1 },
        { attr: 'acl', equal: 'private' }
      ]
    })
    expect(found).toEqual([
      `${FILE}: formats.terraform.assert.all[1]: unknown operator 'equal' (expected one of equals, not_equals, in, not_in, matches, not_matches, matches_ignore_case, exists, gt, gte, lt, lte, contains, contains_any, not_contains, entropy_gte)`
    ])
  })

  test('an unknown condition key', () => {
    expect(withAssert({ alll: [] })).toEqual([
      `${FILE}: formats.terraform.assert: unknown key 'alll' (expected one of all, any, not, some, none, every, related, attr)`
    ])
  })

  test('a missing required key and a bad severity', () => {
    const doc = ruleDoc({ assert: { attr: 'a', exists: true } }, { severity: 'severe' }) as Record<
      string,
      unknown
    >
    delete doc.row
    expect(problems(doc)).toEqual([
      `${FILE}: missing required key 'row'`,
      `${FILE}: severity: expected one of critical, high, medium, low, info, found "severe"`
    ])
  })

  test('an operand of the wrong type', () => {
    expect(withAssert({ attr: 'backup_retention_period', lt: '7' })).toEqual([
      `${FILE}: formats.terraform.assert.lt: expected number, found string "7"`
    ])
    expect(withAssert({ attr: 'acl', in: 'public-read' })).toEqual([
      `${FILE}: formats.terraform.assert.in: expected array, found string "public-read"`
    ])
  })

  test('unknown keys in a selector and an unknown format', () => {
    const found = problems(ruleDoc({ assert: { attr: 'a', exists: true }, when: {} }))
    expect(found).toEqual([
      `${FILE}: formats.terraform: unknown key 'when' (expected one of types, if, assert, message)`
    ])
    const doc = ruleDoc({ assert: { attr: 'a', exists: true } }) as { formats: Record<string, unknown> }
    doc.formats.pulumi = {}
    expect(problems(doc)).toEqual([
      `${FILE}: formats: unknown key 'pulumi' (expected one of ${FORMATS.join(', ')})`
    ])
  })

  test('a title that is too long and an id that is not kebab-case', () => {
    const found = problems(
      ruleDoc({ assert: { attr: 'a', exists: true } }, { title: 'x'.repeat(121), id: 'S3_Bad' })
    )
    expect(found).toEqual([
      `${FILE}: id: expected a string matching ^[a-z0-9]+(-[a-z0-9]+)+$, found "S3_Bad"`,
      `${FILE}: title: expected at most 120 characters, found 121`
    ])
  })

  test('a related type that is neither a string nor a list', () => {
    expect(withAssert({ related: { type: 3, via: 'bucket' } })).toEqual([
      `${FILE}: formats.terraform.assert.related.type: expected a resource type or a list of resource types, found number 3`
    ])
  })
})

describe('semantic errors', () => {
  test('an unknown row', () => {
    expect(problems(ruleDoc({ assert: { attr: 'a', exists: true } }, { row: 'patching' }))[0]).toMatch(
      new RegExp(`^${FILE}: row: unknown row 'patching' \\(expected one of account-compromise, `)
    )
  })

  test('a regex that does not compile', () => {
    expect(withAssert({ any: [{ attr: 'a', matches: '([a-z' }] })).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${FILE}: formats\\.terraform\\.assert\\.any\\[0\\]\\.matches: invalid regular expression /\\(\\[a-z/`
        )
      )
    ])
  })

  test('a leaf needs exactly one operator, a condition exactly one kind', () => {
    expect(withAssert({ attr: 'a', equals: 1, not_equals: 2 })).toEqual([
      `${FILE}: formats.terraform.assert: expected exactly one operator (equals, not_equals, in, not_in, matches, not_matches, matches_ignore_case, exists, gt, gte, lt, lte, contains, contains_any, not_contains, entropy_gte); found equals, not_equals`
    ])
    expect(withAssert({ not: { attr: 'a' } })).toEqual([
      expect.stringContaining('formats.terraform.assert.not: expected exactly one operator')
    ])
    expect(withAssert({ all: [{ attr: 'a', exists: true }], any: [{ attr: 'b', exists: true }] })).toEqual([
      `${FILE}: formats.terraform.assert: expected exactly one of all, any, not, some, none, every, related, attr; found all, any`
    ])
    expect(withAssert({ equals: true })).toEqual([
      `${FILE}: formats.terraform.assert: expected exactly one of all, any, not, some, none, every, related, attr; found none`
    ])
    expect(withAssert({ not: { attr: 'a', exists: true }, default: 1 })).toEqual([
      `${FILE}: formats.terraform.assert: unexpected key 'default' beside 'not'`
    ])
  })

  test('paths are checked where they are written', () => {
    expect(
      withAssert({ some: { attr: 'ingress..from_port', where: { attr: 'x[a]', exists: true } } })
    ).toEqual([
      `${FILE}: formats.terraform.assert.some.attr: empty step in path 'ingress..from_port'`,
      `${FILE}: formats.terraform.assert.some.where.attr: invalid step 'x[a]' in path 'x[a]' (expected key, key[n], * or $json)`
    ])
  })

  test('message placeholders are checked', () => {
    expect(problems(ruleDoc({ assert: { attr: 'a', exists: true }, message: '{value} at {line}' }))).toEqual([
      `${FILE}: formats.terraform.message: unknown placeholder '{line}' (expected {value}, {path}, {address})`
    ])
  })

  test('ids are unique across files', () => {
    const text = JSON.stringify(ruleDoc({ assert: { attr: 'a', exists: true } }))
    expect(
      problemsOf([
        { file: 'rules/controls/a/rule.yml', text },
        { file: 'rules/controls/b/rule.yml', text }
      ])
    ).toEqual([`rules/controls/b/rule.yml: id: duplicate id 'test-rule' (also in rules/controls/a/rule.yml)`])
  })
})

describe('YAML', () => {
  test('invalid YAML, aliases and empty files are reported with the file', () => {
    expect(problemsOf([{ file: FILE, text: 'id: [unclosed' }])).toEqual([
      expect.stringMatching(new RegExp(`^${FILE}: invalid YAML: `))
    ])
    expect(problemsOf([{ file: FILE, text: 'a: &x 1\nb: *x\n' }])).toEqual([
      expect.stringMatching(/invalid YAML: aliases exceeded maxAliases \(0\)/)
    ])
    expect(problemsOf([{ file: FILE, text: '- a\n- b\n' }])).toEqual([
      `${FILE}: expected object, found array`
    ])
  })

  test('every problem of every file comes in one error', () => {
    const good = JSON.stringify(ruleDoc({ assert: { attr: 'a', exists: true } }, { id: 'good-rule' }))
    const found = problemsOf([
      { file: 'rules/controls/x/rule.yml', text: 'id: [' },
      { file: 'rules/controls/y/rule.yml', text: good },
      { file: 'rules/controls/z/rule.yml', text: JSON.stringify(ruleDoc({ assert: { attr: 'a', gt: 'x' } })) }
    ])
    expect(found).toHaveLength(2)
    expect(found[0]).toMatch(/^rules\/controls\/x\/rule\.yml: invalid YAML/)
    expect(found[1]).toBe(
      'rules/controls/z/rule.yml: formats.terraform.assert.gt: expected number, found string "x"'
    )
  })

  test('a valid rule written in YAML compiles with its metadata', () => {
    const text = [
      'id: s3-bucket-public-acl',
      'title: S3 bucket ACL grants public access',
      'row: access-restriction',
      'severity: high',
      'references:',
      '  - id: AWS FSBP S3.2',
      '    url: https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html',
      'explanation: >-',
      '  Why it',
      '  matters.',
      'remediation: Set it private.',
      'formats:',
      '  terraform:',
      '    types: [aws_s3_bucket, aws_s3_bucket_acl]',
      '    assert: { attr: acl, not_in: [public-read, public-read-write] }',
      ''
    ].join('\n')
    const rules = compileRules([{ file: FILE, text }], { knownRows: ROWS })
    expect(rules.rules.map(r => r.id)).toEqual(['s3-bucket-public-acl'])
    expect(rules.byId('s3-bucket-public-acl')).toMatchObject({
      row: 'access-restriction',
      severity: 'high',
      explanation: 'Why it matters.',
      formats: ['terraform'],
      file: FILE,
      references: [{ id: 'AWS FSBP S3.2' }]
    })
    expect(rules.byId('nope')).toBeUndefined()
    expect(rules.applicable('terraform', 'aws_s3_bucket_acl').map(s => s.rule.id)).toEqual([
      's3-bucket-public-acl'
    ])
    expect(rules.applicable('terraform', 'aws_instance')).toEqual([])
  })
})
