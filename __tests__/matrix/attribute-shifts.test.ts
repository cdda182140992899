import { describe, expect, test } from '@jest/globals'
import { detectShifts } from '../../src/matrix/index.js'
import type { Resource } from '../../src/model.js'
import { cfnResource, parseTemplate, resource, unknown, type Input } from './build-resource.js'
import { realMatrix } from './real-rules.js'

const matrix = realMatrix()

/** The same Terraform resource at base and head, with the given bodies. */
function shiftsBetween(type: string, before: Record<string, Input>, after: Record<string, Input>) {
  return detectShifts(matrix, [resource(type, 'main', before)], [resource(type, 'main', after)])
}

/** The same CloudFormation resource at base and head, with the given properties. */
function cfnShiftsBetween(type: string, before: Record<string, Input>, after: Record<string, Input>) {
  return detectShifts(matrix, [cfnResource(type, 'Main', before)], [cfnResource(type, 'Main', after)])
}

function moves(shifts: ReturnType<typeof detectShifts>) {
  return shifts.map(s => [s.row, s.from, s.to])
}

const ENGINE = { engine: 'postgres', instance_class: 'db.t3.micro' }

describe('auto_minor_version_upgrade in Terraform', () => {
  test('set to false where it was absent moves database patching from AWS to the customer', () => {
    const shifts = shiftsBetween('aws_db_instance', ENGINE, { ...ENGINE, auto_minor_version_upgrade: false })
    expect(shifts).toEqual([
      {
        row: 'database-patching',
        from: 'aws',
        to: 'customer',
        file: 'db/main.tf',
        line: 4,
        address: 'aws_db_instance.main',
        explanation:
          'aws_db_instance.main in db/main.tf line 4 sets auto_minor_version_upgrade = false (was unset, default true): ' +
          'AWS no longer applies minor engine versions automatically, so database patching moves from AWS to you.'
      }
    ])
  })

  test.each([
    'aws_db_instance',
    'aws_rds_cluster_instance',
    'aws_rds_cluster',
    'aws_elasticache_replication_group',
    'aws_elasticache_cluster',
    'aws_mq_broker',
    'aws_dms_replication_instance'
  ])('true → false on %s moves database patching to the customer, and false → true back to AWS', type => {
    const off = shiftsBetween(
      type,
      { auto_minor_version_upgrade: true },
      { auto_minor_version_upgrade: false }
    )
    expect(off.map(s => [s.row, s.from, s.to, s.address])).toEqual([
      ['database-patching', 'aws', 'customer', `${type}.main`]
    ])
    const on = shiftsBetween(
      type,
      { auto_minor_version_upgrade: false },
      { auto_minor_version_upgrade: true }
    )
    expect(moves(on)).toEqual([['database-patching', 'customer', 'aws']])
  })

  test.each([
    ['aws_db_instance', true],
    ['aws_rds_cluster_instance', true],
    ['aws_rds_cluster', true],
    ['aws_elasticache_replication_group', true],
    ['aws_elasticache_cluster', true],
    ['aws_mq_broker', false],
    ['aws_dms_replication_instance', false]
  ])('an unset attribute on %s means %s', (type, preset) => {
    const written = { auto_minor_version_upgrade: !preset }
    expect(moves(shiftsBetween(type, {}, written))).toEqual([
      ['database-patching', preset ? 'aws' : 'customer', preset ? 'customer' : 'aws']
    ])
    expect(shiftsBetween(type, {}, { auto_minor_version_upgrade: preset })).toEqual([])
  })

  test('dropping false on aws_db_instance restores the default and moves patching back to AWS', () => {
    const shifts = shiftsBetween('aws_db_instance', { ...ENGINE, auto_minor_version_upgrade: false }, ENGINE)
    expect(shifts).toHaveLength(1)
    expect(shifts[0]).toMatchObject({ from: 'customer', to: 'aws', line: 1 })
    expect(shifts[0]?.explanation).toBe(
      'aws_db_instance.main in db/main.tf line 1 drops auto_minor_version_upgrade = false, which leaves the default true: ' +
        'AWS applies minor engine versions automatically again, so database patching moves from you to AWS.'
    )
  })

  test('a string "false" counts like the bool', () => {
    const shifts = shiftsBetween('aws_elasticache_cluster', {}, { auto_minor_version_upgrade: 'false' })
    expect(shifts.map(s => [s.from, s.to])).toEqual([['aws', 'customer']])
  })

  test('deleting the attribute where the provider keeps the live value claims nothing', () => {
    expect(
      shiftsBetween('aws_elasticache_replication_group', { auto_minor_version_upgrade: false }, {})
    ).toEqual([])
    expect(shiftsBetween('aws_dms_replication_instance', { auto_minor_version_upgrade: true }, {})).toEqual(
      []
    )
  })

  test('an unknown value claims no shift, on either side', () => {
    const variable = unknown('var.auto_minor')
    expect(shiftsBetween('aws_db_instance', {}, { auto_minor_version_upgrade: variable })).toEqual([])
    expect(
      shiftsBetween(
        'aws_db_instance',
        { auto_minor_version_upgrade: variable },
        { auto_minor_version_upgrade: false }
      )
    ).toEqual([])
  })

  test('an unchanged false, a newly added resource and an unlisted type claim nothing', () => {
    expect(
      shiftsBetween(
        'aws_db_instance',
        { auto_minor_version_upgrade: false },
        { auto_minor_version_upgrade: false }
      )
    ).toEqual([])
    expect(
      detectShifts(matrix, [], [resource('aws_db_instance', 'main', { auto_minor_version_upgrade: false })])
    ).toEqual([])
    expect(shiftsBetween('aws_neptune_cluster_instance', {}, { auto_minor_version_upgrade: false })).toEqual(
      []
    )
  })

  test('resources are matched by key, so the same address in another unit is another resource', () => {
    const before = resource('aws_db_instance', 'main', {}, { unit: 'a' })
    const after = resource('aws_db_instance', 'main', { auto_minor_version_upgrade: false }, { unit: 'b' })
    expect(detectShifts(matrix, [before], [after])).toEqual([])
  })
})

describe('AutoMinorVersionUpgrade in CloudFormation', () => {
  const CFN_TYPES = [
    'AWS::RDS::DBInstance',
    'AWS::RDS::DBCluster',
    'AWS::ElastiCache::ReplicationGroup',
    'AWS::ElastiCache::CacheCluster',
    'AWS::AmazonMQ::Broker',
    'AWS::DMS::ReplicationInstance'
  ]

  test.each(CFN_TYPES)('true → false on %s moves database patching to the customer, and back', type => {
    const off = cfnShiftsBetween(type, { AutoMinorVersionUpgrade: true }, { AutoMinorVersionUpgrade: false })
    expect(off.map(s => [s.row, s.from, s.to, s.address])).toEqual([
      ['database-patching', 'aws', 'customer', 'Main']
    ])
    const on = cfnShiftsBetween(type, { AutoMinorVersionUpgrade: false }, { AutoMinorVersionUpgrade: true })
    expect(moves(on)).toEqual([['database-patching', 'customer', 'aws']])
  })

  test.each(CFN_TYPES)('an unset property on %s is the API default, true', type => {
    expect(moves(cfnShiftsBetween(type, {}, { AutoMinorVersionUpgrade: false }))).toEqual([
      ['database-patching', 'aws', 'customer']
    ])
    expect(cfnShiftsBetween(type, {}, { AutoMinorVersionUpgrade: true })).toEqual([])
  })

  test.each(CFN_TYPES)('deleting the property on %s claims nothing', type => {
    expect(cfnShiftsBetween(type, { AutoMinorVersionUpgrade: false }, {})).toEqual([])
  })

  test('a parsed template: the sentence names the logical id, the file and the line of the property', () => {
    const template = (value: string) =>
      parseTemplate(
        [
          'Resources:',
          '  Orders:',
          '    Type: AWS::RDS::DBInstance',
          '    Properties:',
          '      Engine: postgres',
          `      AutoMinorVersionUpgrade: ${value}`
        ].join('\n')
      )
    const shifts = detectShifts(matrix, template('true'), template('false'))
    expect(shifts).toEqual([
      {
        row: 'database-patching',
        from: 'aws',
        to: 'customer',
        file: 'stack/template.yaml',
        line: 6,
        address: 'Orders',
        explanation:
          'Orders in stack/template.yaml line 6 sets AutoMinorVersionUpgrade = false (was true): ' +
          'AWS no longer applies minor engine versions automatically, so database patching moves from AWS to you.'
      }
    ])
  })

  test('a parameter without a default is unknown and claims nothing', () => {
    const template = (value: string) =>
      parseTemplate(
        [
          'Parameters:',
          '  Upgrades:',
          '    Type: String',
          'Resources:',
          '  Orders:',
          '    Type: AWS::RDS::DBInstance',
          '    Properties:',
          `      AutoMinorVersionUpgrade: ${value}`
        ].join('\n')
      )
    expect(detectShifts(matrix, template('true'), template('!Ref Upgrades'))).toEqual([])
  })

  test('the Terraform attribute name means nothing on a CloudFormation type, and the reverse', () => {
    expect(cfnShiftsBetween('AWS::RDS::DBInstance', {}, { auto_minor_version_upgrade: false })).toEqual([])
    expect(shiftsBetween('aws_db_instance', {}, { AutoMinorVersionUpgrade: false })).toEqual([])
  })

  test('a CloudFormation type the pattern does not list claims nothing', () => {
    expect(cfnShiftsBetween('AWS::DocDB::DBInstance', {}, { AutoMinorVersionUpgrade: false })).toEqual([])
    expect(cfnShiftsBetween('AWS::Neptune::DBInstance', {}, { AutoMinorVersionUpgrade: false })).toEqual([])
  })

  test('a listed type name in another format is not that type', () => {
    const asTerraform = (body: Record<string, Input>): Resource => ({
      ...cfnResource('AWS::RDS::DBInstance', 'Main', body),
      format: 'terraform'
    })
    expect(
      detectShifts(matrix, [asTerraform({})], [asTerraform({ AutoMinorVersionUpgrade: false })])
    ).toEqual([])
  })
})

describe('Redshift version upgrades', () => {
  test('allow_version_upgrade = false (default true) moves database patching to the customer, and back', () => {
    const off = shiftsBetween('aws_redshift_cluster', {}, { allow_version_upgrade: false })
    expect(moves(off)).toEqual([['database-patching', 'aws', 'customer']])
    expect(off[0]?.explanation).toBe(
      'aws_redshift_cluster.main in db/main.tf line 2 sets allow_version_upgrade = false (was unset, default true): ' +
        'AWS no longer applies new Redshift engine versions in the maintenance window, so database patching moves from AWS to you.'
    )
    expect(moves(shiftsBetween('aws_redshift_cluster', { allow_version_upgrade: false }, {}))).toEqual([
      ['database-patching', 'customer', 'aws']
    ])
  })

  test('AllowVersionUpgrade in CloudFormation: both directions, removal claims nothing', () => {
    const type = 'AWS::Redshift::Cluster'
    expect(moves(cfnShiftsBetween(type, {}, { AllowVersionUpgrade: false }))).toEqual([
      ['database-patching', 'aws', 'customer']
    ])
    expect(
      moves(cfnShiftsBetween(type, { AllowVersionUpgrade: false }, { AllowVersionUpgrade: true }))
    ).toEqual([['database-patching', 'customer', 'aws']])
    expect(cfnShiftsBetween(type, { AllowVersionUpgrade: false }, {})).toEqual([])
  })
})

describe('RDS Custom engines', () => {
  test('a custom- engine hands the host operating system to the customer, and a standard one back', () => {
    const custom = shiftsBetween('aws_db_instance', { engine: 'oracle-ee' }, { engine: 'custom-oracle-ee' })
    expect(moves(custom)).toEqual([['guest-os-patching', 'aws', 'customer']])
    expect(custom[0]?.explanation).toBe(
      'aws_db_instance.main in db/main.tf line 2 sets engine = "custom-oracle-ee" (was "oracle-ee"): ' +
        'RDS Custom gives you the host and its operating system to patch, so guest OS patching moves from AWS to you.'
    )
    const standard = cfnShiftsBetween(
      'AWS::RDS::DBInstance',
      { Engine: 'custom-sqlserver-se' },
      { Engine: 'sqlserver-se' }
    )
    expect(moves(standard)).toEqual([['guest-os-patching', 'customer', 'aws']])
  })

  test('an unknown or removed engine claims nothing', () => {
    expect(
      shiftsBetween('aws_db_instance', { engine: 'postgres' }, { engine: unknown('var.engine') })
    ).toEqual([])
    expect(cfnShiftsBetween('AWS::RDS::DBInstance', { Engine: 'custom-oracle-ee' }, {})).toEqual([])
  })
})
