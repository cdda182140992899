import { describe, expect, test } from '@jest/globals'
import type { ChangeKind } from '../../src/model.js'
import { classifyChange, topLevelName } from '../../src/matrix/index.js'
import { realMatrix } from './real-rules.js'

const matrix = realMatrix()

function classify(type: string, change: ChangeKind, attributes: string[] = []) {
  return classifyChange(matrix, { type, format: 'terraform', change, attributes })
}

function rowIds(type: string, change: ChangeKind, attributes: string[] = []): string[] {
  return classify(type, change, attributes).rows.map(r => r.row)
}

describe('classifyChange', () => {
  test('an added catalogued type touches all its rows, each with the matrix owner', () => {
    const result = classify('aws_db_instance', 'added')
    expect(result.service).toBe('rds')
    expect(result.category).toBe('container')
    expect(result.basis).toBe('catalogue')
    expect(result.rows).toEqual([
      { row: 'managed-service-configuration', owner: 'aws' },
      { row: 'database-patching', owner: 'aws' },
      { row: 'data-protection', owner: 'customer' },
      { row: 'access-restriction', owner: 'customer' },
      { row: 'network-security', owner: 'shared' },
      { row: 'business-continuity', owner: 'aws' }
    ])
  })

  test('a removed type touches the same rows as an added one', () => {
    expect(rowIds('aws_security_group', 'removed')).toEqual(['network-security'])
    expect(rowIds('aws_s3_bucket_versioning', 'removed')).toEqual(rowIds('aws_s3_bucket_versioning', 'added'))
  })

  test('a modified resource touches the rows of its changed attributes', () => {
    expect(rowIds('aws_db_instance', 'modified', ['publicly_accessible'])).toEqual(['access-restriction'])
    expect(rowIds('aws_db_instance', 'modified', ['storage_encrypted', 'multi_az'])).toEqual([
      'data-protection',
      'business-continuity'
    ])
    expect(rowIds('aws_db_instance', 'modified', ['auto_minor_version_upgrade'])).toEqual([
      'database-patching'
    ])
  })

  test('attribute paths match on their first segment, without index', () => {
    expect(rowIds('aws_instance', 'modified', ['metadata_options.http_tokens'])).toEqual([
      'service-configuration'
    ])
    expect(rowIds('aws_instance', 'modified', ['root_block_device[0].encrypted'])).toEqual([
      'data-protection'
    ])
    expect(rowIds('aws_s3_bucket', 'modified', ['versioning'])).toEqual(['business-continuity'])
  })

  test("an attribute without an entry adds the type's first row once", () => {
    expect(rowIds('aws_security_group', 'modified', ['ingress[0].cidr_blocks', 'description'])).toEqual([
      'network-security'
    ])
    expect(
      rowIds('aws_db_instance', 'modified', ['publicly_accessible', 'instance_class', 'allocated_storage'])
    ).toEqual(['access-restriction', 'managed-service-configuration'])
  })

  test('a modified resource without named attributes gets the type’s first row', () => {
    expect(rowIds('aws_instance', 'modified')).toEqual(['guest-os-patching'])
  })

  test('a change to tags alone touches compliance only', () => {
    expect(classify('aws_s3_bucket', 'modified', ['tags.Owner', 'tags_all.Owner']).rows).toEqual([
      { row: 'compliance', owner: 'shared' }
    ])
    expect(rowIds('aws_db_instance', 'modified', ['tags', 'multi_az'])).toEqual([
      'compliance',
      'business-continuity'
    ])
  })

  test('an unlisted type of a known service is classified by its service prefix', () => {
    const result = classify('aws_s3_bucket_intelligent_tiering_configuration', 'added')
    expect(result).toEqual({
      service: 's3',
      category: 'abstracted',
      basis: 'service-prefix',
      rows: [
        { row: 'data-protection', owner: 'customer' },
        { row: 'access-restriction', owner: 'customer' },
        { row: 'business-continuity', owner: 'aws' }
      ]
    })
    expect(classify('aws_iam_signing_certificate', 'modified', ['status']).rows).toEqual([
      { row: 'access-restriction', owner: 'customer' }
    ])
  })

  test('the longest matching prefix wins', () => {
    expect(classify('aws_ec2_transit_gateway_route', 'added').service).toBe('vpc')
    expect(classify('aws_ec2_host', 'added').service).toBe('ec2')
  })

  test('an AWS type of no known service is unknown, under service-configuration', () => {
    expect(classify('aws_futureservice_widget', 'added')).toEqual({
      service: 'unknown',
      category: 'unknown',
      basis: 'unknown-aws-type',
      rows: [{ row: 'service-configuration', owner: 'customer' }]
    })
    expect(rowIds('aws_futureservice_widget', 'modified', ['tags'])).toEqual(['compliance'])
  })

  test.each(['random_id', 'null_resource', 'data.aws_iam_policy_document', 'module', 'kubernetes_namespace'])(
    '%s is not an AWS resource: other, no rows',
    type => {
      expect(classify(type, 'added')).toEqual({
        service: 'other',
        category: 'unknown',
        rows: [],
        basis: 'not-aws'
      })
    }
  )

  test('workload formats are classified too: known kinds from the catalogue, custom ones by their format', () => {
    const deployment = classifyChange(matrix, {
      type: 'Deployment',
      format: 'kubernetes',
      change: 'modified',
      attributes: ['spec.template.spec.containers[0].image']
    })
    expect([deployment.service, deployment.category, deployment.basis]).toEqual([
      'kubernetes',
      'workload',
      'catalogue'
    ])
    expect(deployment.rows).toEqual([{ row: 'service-configuration', owner: 'customer' }])
    const custom = classifyChange(matrix, {
      type: 'Certificate',
      format: 'kubernetes',
      change: 'added',
      attributes: []
    })
    expect([custom.service, custom.category, custom.basis]).toEqual([
      'kubernetes',
      'workload',
      'service-format'
    ])
    const stage = classifyChange(matrix, {
      type: 'stage',
      format: 'dockerfile',
      change: 'added',
      attributes: []
    })
    expect(stage.rows.map(r => r.row)).toEqual([
      'guest-os-patching',
      'service-configuration',
      'data-protection'
    ])
    const fn = classifyChange(matrix, {
      type: 'function',
      format: 'serverless',
      change: 'modified',
      attributes: ['runtime']
    })
    expect([fn.service, fn.category, ...fn.rows.map(r => r.row)]).toEqual([
      'lambda',
      'abstracted',
      'guest-os-patching'
    ])
  })

  test('CloudFormation types are classified by their service prefix, the longest one winning', () => {
    const cfn = (type: string) =>
      classifyChange(matrix, { type, format: 'cloudformation', change: 'added', attributes: [] })
    expect([cfn('AWS::S3::Bucket').service, cfn('AWS::S3::Bucket').category]).toEqual(['s3', 'abstracted'])
    expect(cfn('AWS::EC2::SecurityGroup').service).toBe('vpc')
    expect(cfn('AWS::EC2::Instance').service).toBe('ec2')
    expect(cfn('AWS::Serverless::Function').service).toBe('lambda')
    expect(cfn('AWS::Bogus::Thing').basis).toBe('unknown-aws-type')
  })

  test('CloudFormation types that are not AWS resources are other', () => {
    const custom = classifyChange(matrix, {
      type: 'Custom::Thing',
      format: 'cloudformation',
      change: 'added',
      attributes: []
    })
    expect(custom.basis).toBe('not-aws')
  })

  test('the worked examples of docs/matrix.md hold', () => {
    expect(classify('aws_db_instance', 'modified', ['publicly_accessible', 'tags.Team']).rows).toEqual([
      { row: 'access-restriction', owner: 'customer' },
      { row: 'compliance', owner: 'shared' }
    ])
    const web = classify('aws_instance', 'modified', [
      'instance_type',
      'root_block_device[0].encrypted',
      'metadata_options.http_tokens'
    ])
    expect([web.service, web.category, ...web.rows.map(r => r.row)]).toEqual([
      'ec2',
      'infrastructure',
      'service-configuration',
      'data-protection'
    ])
  })

  test('topLevelName strips nested keys and indices', () => {
    expect(topLevelName('ingress[0].cidr_blocks')).toBe('ingress')
    expect(topLevelName('metadata_options.http_tokens')).toBe('metadata_options')
    expect(topLevelName('versioning')).toBe('versioning')
  })
})
