import { describe, expect, test } from '@jest/globals'
import {
  customerPart,
  findType,
  ownerOf,
  rowLabel,
  rowTitle,
  SERVICE_CATEGORIES
} from '../../src/matrix/index.js'
import { realMatrix } from './real-rules.js'

// The reference table (rows from the checklist, then the article's data-protection row), in its order.
const REFERENCE_OWNERS: [string, string][] = [
  ['account-compromise', 'customer'],
  ['user-behaviour', 'customer'],
  ['guest-os-patching', 'customer'],
  ['access-restriction', 'customer'],
  ['service-configuration', 'customer'],
  ['network-security', 'shared'],
  ['compliance', 'shared'],
  ['business-continuity', 'aws'],
  ['zero-day', 'aws'],
  ['environmental', 'aws'],
  ['physical-access', 'aws'],
  ['managed-service-configuration', 'aws'],
  ['database-patching', 'aws'],
  ['data-protection', 'customer']
]

describe('the repository matrix', () => {
  const matrix = realMatrix()

  test('has the 14 rows of the reference, in its order, with its owners', () => {
    expect(matrix.rows.map(r => [r.id, r.owner])).toEqual(REFERENCE_OWNERS)
    for (const [id, owner] of REFERENCE_OWNERS) expect(ownerOf(matrix, id)).toBe(owner)
  })

  test('keeps the checklist wording as titles', () => {
    expect(rowTitle(matrix, 'database-patching')).toBe('Database patching')
    expect(rowTitle(matrix, 'network-security')).toBe(
      'Ensuring network security (DoS, man-in-the-middle (MITM), port scanning)'
    )
    expect(rowTitle(matrix, 'service-configuration')).toBe(
      'Configuring AWS services (except AWS Managed Services) in a secure manner'
    )
    expect(rowLabel(matrix, 'guest-os-patching')).toBe('guest OS patching')
  })

  test('states the customer part of every row AWS owns or shares, and of no customer row', () => {
    for (const row of matrix.rows) {
      if (row.owner === 'customer') expect(customerPart(matrix, row.id)).toBeUndefined()
      else expect(customerPart(matrix, row.id)).toMatch(/\w+/)
    }
    expect(customerPart(matrix, 'database-patching')).toContain('auto_minor_version_upgrade = false')
  })

  test('cites a source for every row, naming documents by title', () => {
    const titles =
      /^(Shared Responsibility Guide: AWS Shared Responsibility Model|Demystifying the AWS shared security responsibility model),/
    for (const row of matrix.rows) expect(row.source).toMatch(titles)
    expect(matrix.rowById.get('data-protection')?.source).toContain(
      'Demystifying the AWS shared security responsibility model'
    )
    expect(matrix.rowById.get('business-continuity')?.precise?.source).toContain(
      'Disaster Recovery of Workloads on AWS'
    )
  })

  test('puts the rows no template touches in the aws-operated domain', () => {
    const awsOperated = matrix.rows.filter(r => r.domain === 'aws-operated').map(r => r.id)
    expect(awsOperated).toEqual(['zero-day', 'environmental', 'physical-access'])
  })

  test('describes all four service categories', () => {
    expect(matrix.categories.map(c => c.id).sort()).toEqual([...SERVICE_CATEGORIES].sort())
  })

  test('catalogues at least 45 Terraform types, including the ones named in the design', () => {
    const terraform = [...matrix.types.values()].filter(t => t.format === 'terraform')
    expect(terraform.length).toBeGreaterThanOrEqual(45)
    for (const type of [
      'aws_s3_bucket',
      'aws_s3_bucket_server_side_encryption_configuration',
      'aws_iam_role_policy_attachment',
      'aws_vpc_security_group_ingress_rule',
      'aws_vpc_security_group_egress_rule',
      'aws_flow_log',
      'aws_launch_template',
      'aws_lb_listener',
      'aws_rds_cluster_instance',
      'aws_lambda_permission',
      'aws_eks_fargate_profile',
      'aws_msk_cluster',
      'aws_opensearch_domain',
      'aws_kms_alias',
      'aws_cloudtrail',
      'aws_guardduty_detector',
      'aws_wafv2_web_acl',
      'aws_cloudfront_distribution',
      'aws_route53_record'
    ]) {
      expect(findType(matrix, 'terraform', type)).toBeDefined()
    }
  })

  test('maps the db instance attributes the way the design names them', () => {
    const db = findType(matrix, 'terraform', 'aws_db_instance')
    expect(db?.category).toBe('container')
    expect(db?.attributes.get('storage_encrypted')).toEqual(['data-protection'])
    expect(db?.attributes.get('publicly_accessible')).toEqual(['access-restriction'])
    expect(db?.attributes.get('vpc_security_group_ids')).toEqual(['network-security'])
    expect(db?.attributes.get('multi_az')).toEqual(['business-continuity'])
    expect(db?.attributes.get('auto_minor_version_upgrade')).toEqual(['database-patching'])
  })

  test('lets a type override its service category', () => {
    expect(findType(matrix, 'terraform', 'aws_eks_cluster')?.category).toBe('container')
    expect(findType(matrix, 'terraform', 'aws_eks_fargate_profile')?.category).toBe('abstracted')
  })
})
