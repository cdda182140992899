import { describe, expect, test } from '@jest/globals'
import { detectShifts } from '../../src/matrix/index.js'
import { resource, unknown, type Input } from './build-resource.js'
import { realMatrix } from './real-rules.js'

const matrix = realMatrix()

/** The same resource at base and head, with the given bodies. */
function shiftsBetween(type: string, before: Record<string, Input>, after: Record<string, Input>) {
  return detectShifts(matrix, [resource(type, 'main', before)], [resource(type, 'main', after)])
}

const ENGINE = { engine: 'postgres', instance_class: 'db.t3.micro' }

describe('auto_minor_version_upgrade', () => {
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
    'aws_elasticache_replication_group',
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
    expect(on.map(s => [s.row, s.from, s.to])).toEqual([['database-patching', 'customer', 'aws']])
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
    const shifts = shiftsBetween(
      'aws_elasticache_replication_group',
      {},
      { auto_minor_version_upgrade: 'false' }
    )
    expect(shifts.map(s => [s.from, s.to])).toEqual([['aws', 'customer']])
  })

  test('an absent value on aws_mq_broker already means false, so setting false moves nothing', () => {
    expect(shiftsBetween('aws_mq_broker', {}, { auto_minor_version_upgrade: false })).toEqual([])
    expect(shiftsBetween('aws_mq_broker', {}, { auto_minor_version_upgrade: true }).map(s => s.to)).toEqual([
      'aws'
    ])
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

describe('deprecated Lambda runtimes', () => {
  const lambda = (runtime: Input) => ({ function_name: 'f', handler: 'app.handler', runtime })

  test('moving onto a deprecated runtime moves runtime patching (guest OS) from AWS to the customer', () => {
    const shifts = shiftsBetween('aws_lambda_function', lambda('python3.12'), lambda('python3.8'))
    expect(shifts).toEqual([
      expect.objectContaining({
        row: 'guest-os-patching',
        from: 'aws',
        to: 'customer',
        line: 4,
        address: 'aws_lambda_function.main'
      })
    ])
    expect(shifts[0]?.explanation).toBe(
      'aws_lambda_function.main in db/main.tf line 4 sets runtime = "python3.8" (was "python3.12"): ' +
        'AWS no longer patches a deprecated runtime, so guest OS patching moves from AWS to you.'
    )
  })

  test('moving off it moves runtime patching back to AWS', () => {
    const shifts = shiftsBetween('aws_lambda_function', lambda('nodejs16.x'), lambda('nodejs22.x'))
    expect(shifts.map(s => [s.row, s.from, s.to])).toEqual([['guest-os-patching', 'customer', 'aws']])
  })

  test.each([
    ['java8', 'customer'],
    ['go1.x', 'customer'],
    ['dotnetcore3.1', 'customer'],
    ['dotnet7', 'customer'],
    ['ruby2.7', 'customer'],
    ['provided', 'customer'],
    ['provided.al2', 'aws'],
    ['java8.al2', 'aws'],
    ['python3.9', 'customer'],
    ['nodejs18.x', 'customer'],
    ['python3.13', 'aws']
  ])('from python3.12 to %s puts runtime patching with %s', (runtime, side) => {
    const shifts = shiftsBetween('aws_lambda_function', lambda('python3.12'), lambda(runtime))
    expect(shifts.map(s => s.to)).toEqual(side === 'aws' ? [] : ['customer'])
  })

  test('from one deprecated runtime to another, or to an unknown one, nothing moves', () => {
    expect(shiftsBetween('aws_lambda_function', lambda('python3.7'), lambda('python3.8'))).toEqual([])
    expect(
      shiftsBetween('aws_lambda_function', lambda('python3.12'), lambda(unknown('var.runtime')))
    ).toEqual([])
  })
})
