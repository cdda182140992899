import { describe, expect, test } from '@jest/globals'
import { detectShifts } from '../../src/matrix/index.js'
import { resource, unknown } from './build-resource.js'
import { realMatrix } from './real-rules.js'

const matrix = realMatrix()

const POSTGRES_ON_EC2 = resource('aws_instance', 'db', {
  ami: 'ami-0123456789abcdef0',
  instance_type: 't3.large',
  user_data: '#!/bin/bash\napt-get install -y postgresql-15'
})
const RDS = resource(
  'aws_db_instance',
  'main',
  { engine: 'postgres', instance_class: 'db.t3.large' },
  { line: 20 }
)
const WEB = resource('aws_instance', 'web', { ami: 'ami-0123', user_data: 'apt-get install -y nginx' })

function summary(shifts: ReturnType<typeof detectShifts>) {
  return shifts.map(s => [s.row, s.from, s.to, s.address, s.line])
}

describe('a self-managed database on EC2 replaced by RDS or Aurora', () => {
  test('user_data naming the engine moves database and guest OS patching to AWS, on the new database', () => {
    const shifts = detectShifts(matrix, [POSTGRES_ON_EC2], [RDS])
    expect(summary(shifts)).toEqual([
      ['database-patching', 'customer', 'aws', 'aws_db_instance.main', 20],
      ['guest-os-patching', 'customer', 'aws', 'aws_db_instance.main', 20]
    ])
    expect(shifts[0]?.explanation).toBe(
      'aws_db_instance.main in db/main.tf line 20 replaces aws_instance.db (removed from db/main.tf line 1), ' +
        'with "postgres" in its user_data (line 4): AWS patches the managed engine and the operating system under it, ' +
        'so database patching moves from you to AWS.'
    )
  })

  test('a security group of the unit opening a database port is evidence too', () => {
    const group = resource('aws_security_group', 'db', {
      ingress: [{ from_port: 3306, to_port: 3306, protocol: 'tcp', cidr_blocks: ['10.0.0.0/16'] }]
    })
    const instance = resource('aws_instance', 'db', {
      ami: 'ami-0123',
      vpc_security_group_ids: [unknown('aws_security_group.db.id', ['aws_security_group.db'])]
    })
    const aurora = resource('aws_rds_cluster', 'main', { engine: 'aurora-mysql' })
    const shifts = detectShifts(matrix, [group, instance], [group, aurora])
    expect(summary(shifts).map(s => s.slice(0, 3))).toEqual([
      ['database-patching', 'customer', 'aws'],
      ['guest-os-patching', 'customer', 'aws']
    ])
    expect(shifts[0]?.explanation).toContain(
      'with port 3306 open in its security group aws_security_group.db (db/main.tf line 2)'
    )
  })

  test('a separate ingress rule resource pointing at the group counts as the group opening the port', () => {
    const group = resource('aws_security_group', 'db', { name: 'db' })
    const rule = resource('aws_vpc_security_group_ingress_rule', 'pg', {
      security_group_id: unknown('aws_security_group.db.id', ['aws_security_group.db']),
      ip_protocol: 'tcp',
      from_port: 5432,
      to_port: 5432
    })
    const instance = resource('aws_instance', 'db', {
      vpc_security_group_ids: unknown('[aws_security_group.db.id]', ['aws_security_group.db'])
    })
    const shifts = detectShifts(matrix, [group, rule, instance], [group, rule, RDS])
    expect(shifts[0]?.explanation).toContain('port 5432 open in its security group aws_security_group.db')
  })

  test('the reverse, a managed database replaced by one on EC2, moves both rows to the customer', () => {
    const mongo = resource(
      'aws_instance',
      'mongo',
      { ami: 'ami-0123', tags: { Name: 'mongodb-primary' } },
      { line: 30 }
    )
    const shifts = detectShifts(matrix, [RDS], [mongo])
    expect(summary(shifts)).toEqual([
      ['database-patching', 'aws', 'customer', 'aws_instance.mongo', 30],
      ['guest-os-patching', 'aws', 'customer', 'aws_instance.mongo', 30]
    ])
    expect(shifts[1]?.explanation).toBe(
      'aws_instance.mongo in db/main.tf line 30, with "mongod" in its tags (line 32), replaces aws_db_instance.main ' +
        '(removed from db/main.tf line 20) with a database you run: the engine and the instance operating system are yours ' +
        'to patch, so guest OS patching moves from AWS to you.'
    )
  })

  test('the two halves must be in the same unit', () => {
    const elsewhere = resource('aws_db_instance', 'main', { engine: 'postgres' }, { unit: 'other' })
    expect(detectShifts(matrix, [POSTGRES_ON_EC2], [elsewhere])).toEqual([])
  })

  test('an instance without evidence of a database claims nothing', () => {
    expect(detectShifts(matrix, [WEB], [RDS])).toEqual([])
    const allTraffic = resource('aws_security_group', 'all', {
      ingress: [{ from_port: 0, to_port: 0, protocol: '-1', cidr_blocks: ['10.0.0.0/8'] }]
    })
    const open = resource('aws_instance', 'app', {
      vpc_security_group_ids: [unknown('aws_security_group.all.id', ['aws_security_group.all'])]
    })
    expect(detectShifts(matrix, [allTraffic, open], [allTraffic, RDS])).toEqual([])
  })

  test('unknown user data or an unresolved security group claims nothing', () => {
    const fromFile = resource('aws_instance', 'db', { user_data: unknown('file("${path.module}/init.sh")') })
    expect(detectShifts(matrix, [fromFile], [RDS])).toEqual([])
    const external = resource('aws_instance', 'db', {
      vpc_security_group_ids: [unknown('module.sg.id', ['module.sg'])]
    })
    expect(detectShifts(matrix, [external], [RDS])).toEqual([])
    const portFromVariable = resource('aws_security_group', 'db', {
      ingress: [{ from_port: unknown('var.port'), to_port: unknown('var.port'), protocol: 'tcp' }]
    })
    const behind = resource('aws_instance', 'db', {
      vpc_security_group_ids: [unknown('aws_security_group.db.id', ['aws_security_group.db'])]
    })
    expect(detectShifts(matrix, [portFromVariable, behind], [portFromVariable, RDS])).toEqual([])
  })

  test('a database instance kept on both sides is no replacement', () => {
    expect(detectShifts(matrix, [POSTGRES_ON_EC2], [POSTGRES_ON_EC2, RDS])).toEqual([])
  })
})

describe('detectShifts', () => {
  test('reports every pattern in one pass, in pattern order', () => {
    const before = [
      POSTGRES_ON_EC2,
      resource('aws_lambda_function', 'f', { runtime: 'python3.12' }, { unit: 'fn' }),
      resource('aws_db_instance', 'legacy', {}, { unit: 'legacy' })
    ]
    const after = [
      RDS,
      resource('aws_lambda_function', 'f', { runtime: 'python3.8' }, { unit: 'fn' }),
      resource('aws_db_instance', 'legacy', { auto_minor_version_upgrade: false }, { unit: 'legacy' })
    ]
    expect(detectShifts(matrix, before, after).map(s => `${s.address}:${s.row}:${s.to}`)).toEqual([
      'aws_db_instance.legacy:database-patching:customer',
      'aws_lambda_function.f:guest-os-patching:customer',
      'aws_db_instance.main:database-patching:aws',
      'aws_db_instance.main:guest-os-patching:aws'
    ])
  })
})
