import { describe, expect, test } from '@jest/globals'
import { MatrixLoadError } from '../../src/matrix/index.js'
import { loadMatrix } from '../../src/matrix/load-matrix.js'
import { realRuleTexts } from './real-rules.js'

const MATRIX = `version: 1
domains:
  - { id: os, title: Operating system }
rows:
  - id: service-configuration
    title: Configuring AWS services in a secure manner
    label: service configuration
    owner: customer
    domain: os
    source: a checklist
    description: settings
  - id: compliance
    title: Compliance
    label: compliance
    owner: shared
    domain: os
    source: a checklist
    customerPart: your tags
    description: policies
categories:
  - { id: infrastructure, title: I, examples: [EC2], customerOwns: a, awsOwns: b }
  - { id: container, title: C, examples: [RDS], customerOwns: a, awsOwns: b }
  - { id: abstracted, title: A, examples: [S3], customerOwns: a, awsOwns: b }
  - { id: global, title: G, examples: [IAM], customerOwns: a, awsOwns: b }
  - { id: workload, title: W, examples: [Dockerfiles], customerOwns: a, awsOwns: b }
`

const SERVICES = `version: 1
services:
  s3:
    title: Amazon S3
    category: abstracted
    rows: [service-configuration]
    prefixes: { terraform: [aws_s3_] }
    types:
      terraform:
        aws_s3_bucket:
          rows: [service-configuration]
          attributes:
            versioning: [compliance]
`

function problemsOf(matrix: string, services: string): string[] {
  try {
    loadMatrix({
      matrix: { file: 'rules/matrix.yml', text: matrix },
      services: { file: 'rules/services.yml', text: services }
    })
  } catch (error) {
    expect(error).toBeInstanceOf(MatrixLoadError)
    return [...(error as MatrixLoadError).problems]
  }
  throw new Error('expected loadMatrix to throw')
}

describe('loadMatrix errors', () => {
  test('the minimal documents used below are valid', () => {
    const matrix = loadMatrix({
      matrix: { file: 'm.yml', text: MATRIX },
      services: { file: 's.yml', text: SERVICES }
    })
    expect(matrix.rows.map(r => r.id)).toEqual(['service-configuration', 'compliance'])
    expect(matrix.types.get('terraform:aws_s3_bucket')?.attributes.get('versioning')).toEqual(['compliance'])
  })

  test('a YAML syntax error names the file, line and column', () => {
    const problems = problemsOf(
      MATRIX,
      SERVICES.replace(
        'rows: [service-configuration]\n    prefixes',
        'rows: [service-configuration\n    prefixes'
      )
    )
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^rules\/services\.yml:\d+:\d+: expected valid YAML, found a syntax error: /)
  })

  test('a repeated YAML key is a syntax error with its line', () => {
    const problems = problemsOf(MATRIX.replace('version: 1\n', 'version: 1\nversion: 1\n'), SERVICES)
    expect(problems).toEqual([expect.stringMatching(/^rules\/matrix\.yml:2:1: .*duplicated mapping key/)])
  })

  test('an owner outside customer/aws/shared names the key path and the value found', () => {
    const problems = problemsOf(MATRIX.replace('owner: customer', 'owner: nobody'), SERVICES)
    expect(problems).toEqual([
      'rules/matrix.yml: rows[0].owner: expected one of customer, aws, shared; found "nobody"'
    ])
  })

  test('a row AWS owns or shares without its customer part is reported', () => {
    const problems = problemsOf(MATRIX.replace('    customerPart: your tags\n', ''), SERVICES)
    expect(problems).toEqual(['rules/matrix.yml: rows[1]: expected key "customerPart", found none'])
  })

  test('an unexpected key names the allowed keys', () => {
    const problems = problemsOf(
      MATRIX.replace('    label: compliance\n', '    label: compliance\n    colour: red\n'),
      SERVICES
    )
    expect(problems).toEqual([
      expect.stringMatching(
        /^rules\/matrix\.yml: rows\[1\]\.colour: unexpected key; expected one of id, title, label, owner/
      )
    ])
  })

  test('an unknown category in services names the key path', () => {
    const problems = problemsOf(MATRIX, SERVICES.replace('category: abstracted', 'category: serverless'))
    expect(problems).toEqual([
      'rules/services.yml: services.s3.category: expected one of infrastructure, container, abstracted, global, workload; found "serverless"'
    ])
  })

  test('a row id the matrix does not define is reported where it is used', () => {
    const problems = problemsOf(MATRIX, SERVICES.replace('versioning: [compliance]', 'versioning: [backups]'))
    expect(problems).toEqual([
      'rules/services.yml: services.s3.types.terraform.aws_s3_bucket.attributes.versioning[0]: expected a row id of the matrix; found "backups"'
    ])
  })

  test('a type listed under two services is reported at the second', () => {
    const twice = `${SERVICES}  storage:
    title: Storage
    category: abstracted
    rows: [service-configuration]
    types:
      terraform:
        aws_s3_bucket:
          rows: [service-configuration]
`
    expect(problemsOf(MATRIX, twice)).toEqual([
      'rules/services.yml: services.storage.types.terraform.aws_s3_bucket: expected each type once; also listed under services.s3'
    ])
  })

  test('a type name that is not a Terraform AWS type names the offending key', () => {
    const problems = problemsOf(MATRIX, SERVICES.replace('        aws_s3_bucket:', '        s3_bucket:'))
    expect(problems).toEqual([
      'rules/services.yml: services.s3.types.terraform.s3_bucket: expected a key matching /^aws_[a-z0-9_]+$/; found "s3_bucket"'
    ])
  })

  test('repeated row ids and unknown domains are reported', () => {
    const repeated = MATRIX.replace('  - id: compliance', '  - id: service-configuration').replace(
      'domain: os\n    source: a checklist\n    customerPart',
      'domain: network\n    source: a checklist\n    customerPart'
    )
    const problems = problemsOf(repeated, SERVICES)
    expect(problems).toContain(
      'rules/matrix.yml: rows[1].id: expected a unique id; found "service-configuration", already used by rows[0]'
    )
    expect(problems).toContain('rules/matrix.yml: rows[1].domain: expected one of os; found "network"')
    expect(problems).toContain('rules/matrix.yml: rows: expected a row with id "compliance", found none')
  })

  test('every problem of both files comes in one error', () => {
    const problems = problemsOf(
      MATRIX.replace('owner: customer', 'owner: nobody'),
      SERVICES.replace('title: Amazon S3', 'title: 7\n    colour: red')
    )
    expect(problems).toEqual([
      'rules/matrix.yml: rows[0].owner: expected one of customer, aws, shared; found "nobody"',
      'rules/services.yml: services.s3.colour: unexpected key; expected one of title, category, rows, note, prefixes, formats, types',
      'rules/services.yml: services.s3.title: expected a value of type string; found 7'
    ])
  })

  test('the thrown message lists every problem', () => {
    const texts = realRuleTexts()
    const broken = {
      ...texts,
      services: {
        ...texts.services,
        text: texts.services.text.replace('(IAM)\n    category: global', '(IAM)\n    category: planet')
      }
    }
    expect(() => loadMatrix(broken)).toThrow(
      /could not be loaded \(1 problem\):\n- rules\/services\.yml: services\.iam\.category: expected one of/
    )
  })
})
