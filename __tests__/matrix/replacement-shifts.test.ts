import { describe, expect, test } from '@jest/globals'
import { detectShifts } from '../../src/matrix/index.js'
import { cfnResource, parseTemplate, resource, unknown } from './build-resource.js'
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

function moves(shifts: ReturnType<typeof detectShifts>) {
  return shifts.map(s => [s.row, s.from, s.to])
}

describe('a self-managed database on EC2 replaced by RDS or Aurora, in Terraform', () => {
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
    const fromVariable = resource('aws_instance', 'db', { vpc_security_group_ids: unknown('var.sg_ids') })
    expect(detectShifts(matrix, [fromVariable], [RDS])).toEqual([])
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

  test('RDS Custom is no managed database: its host stays yours', () => {
    const custom = resource('aws_db_instance', 'main', { engine: 'custom-oracle-ee' })
    expect(detectShifts(matrix, [POSTGRES_ON_EC2], [custom])).toEqual([])
    const unset = resource('aws_db_instance', 'main', { replicate_source_db: 'source' })
    expect(detectShifts(matrix, [POSTGRES_ON_EC2], [unset])).toEqual([])
  })
})

describe('a self-managed database on EC2 replaced by RDS, in CloudFormation', () => {
  const HEADER = ['AWSTemplateFormatVersion: "2010-09-09"', 'Resources:']
  const INSTANCE = [
    '  Db:',
    '    Type: AWS::EC2::Instance',
    '    Properties:',
    '      ImageId: ami-0123456789abcdef0',
    '      UserData:',
    '        Fn::Base64: |',
    '          #!/bin/bash',
    '          dnf install -y mariadb105-server'
  ]
  const DB_INSTANCE = [
    '  Orders:',
    '    Type: AWS::RDS::DBInstance',
    '    Properties:',
    '      Engine: mariadb',
    '      DBInstanceClass: db.t3.medium'
  ]
  const template = (...parts: string[][]) => parseTemplate([...HEADER, ...parts.flat()].join('\n'))

  test('UserData (base64-encoded by Fn::Base64) naming the engine moves both rows to AWS, on the DB instance', () => {
    const shifts = detectShifts(matrix, template(INSTANCE), template(DB_INSTANCE))
    expect(summary(shifts)).toEqual([
      ['database-patching', 'customer', 'aws', 'Orders', 3],
      ['guest-os-patching', 'customer', 'aws', 'Orders', 3]
    ])
    expect(shifts[0]?.explanation).toBe(
      'Orders in stack/template.yaml line 3 replaces Db (removed from stack/template.yaml line 3), ' +
        'with "mariadb" in its UserData (base64-decoded, line 8): AWS patches the managed engine and the operating ' +
        'system under it, so database patching moves from you to AWS.'
    )
  })

  test('a security group opening a database port, inline or as a separate ingress resource', () => {
    const instance = [
      '  Db:',
      '    Type: AWS::EC2::Instance',
      '    Properties:',
      '      ImageId: ami-0123456789abcdef0',
      '      SecurityGroupIds: [!GetAtt DbGroup.GroupId]'
    ]
    const inline = [
      '  DbGroup:',
      '    Type: AWS::EC2::SecurityGroup',
      '    Properties:',
      '      GroupDescription: db',
      '      SecurityGroupIngress:',
      '        - IpProtocol: tcp',
      '          FromPort: 1433',
      '          ToPort: 1433',
      '          CidrIp: 10.0.0.0/16'
    ]
    const cluster = [
      '  Aurora:',
      '    Type: AWS::RDS::DBCluster',
      '    Properties:',
      '      Engine: aurora-postgresql'
    ]
    const shifts = detectShifts(matrix, template(instance, inline), template(inline, cluster))
    expect(moves(shifts)).toEqual([
      ['database-patching', 'customer', 'aws'],
      ['guest-os-patching', 'customer', 'aws']
    ])
    expect(shifts[0]?.explanation).toContain(
      'with port 1433 open in its security group DbGroup (stack/template.yaml line 14)'
    )

    const bare = [
      '  DbGroup:',
      '    Type: AWS::EC2::SecurityGroup',
      '    Properties:',
      '      GroupDescription: db'
    ]
    const rule = [
      '  DbIngress:',
      '    Type: AWS::EC2::SecurityGroupIngress',
      '    Properties:',
      '      GroupId: !Ref DbGroup',
      '      IpProtocol: tcp',
      '      FromPort: 27017',
      '      ToPort: 27017',
      '      CidrIp: 10.0.0.0/16'
    ]
    const viaRule = detectShifts(matrix, template(instance, bare, rule), template(bare, rule, cluster))
    expect(viaRule[0]?.explanation).toContain('with port 27017 open in its security group DbGroup')
  })

  test('the reverse: a DB instance replaced by a database on EC2 moves both rows to the customer', () => {
    const shifts = detectShifts(matrix, template(DB_INSTANCE), template(INSTANCE))
    expect(summary(shifts)).toEqual([
      ['database-patching', 'aws', 'customer', 'Db', 3],
      ['guest-os-patching', 'aws', 'customer', 'Db', 3]
    ])
    expect(shifts[0]?.explanation).toBe(
      'Db in stack/template.yaml line 3, with "mariadb" in its UserData (base64-decoded, line 8), replaces Orders ' +
        '(removed from stack/template.yaml line 3) with a database you run: the engine and the instance operating ' +
        'system are yours to patch, so database patching moves from AWS to you.'
    )
  })

  test('user data built from a parameter without a default, or an imported security group, claims nothing', () => {
    const unknownUserData = [
      'Parameters:',
      '  Script:',
      '    Type: String',
      ...HEADER.slice(1),
      '  Db:',
      '    Type: AWS::EC2::Instance',
      '    Properties:',
      '      UserData:',
      '        Fn::Base64: !Sub "${Script} postgres"'
    ]
    expect(detectShifts(matrix, parseTemplate(unknownUserData.join('\n')), template(DB_INSTANCE))).toEqual([])
    const imported = [
      '  Db:',
      '    Type: AWS::EC2::Instance',
      '    Properties:',
      '      SecurityGroupIds: [!ImportValue shared-db-sg]'
    ]
    expect(detectShifts(matrix, template(imported), template(DB_INSTANCE))).toEqual([])
  })

  test('a CloudFormation type the pattern does not list claims nothing', () => {
    const docdb = [
      '  Docs:',
      '    Type: AWS::DocDB::DBCluster',
      '    Properties:',
      '      EngineVersion: "5.0"'
    ]
    expect(detectShifts(matrix, template(INSTANCE), template(docdb))).toEqual([])
  })

  test('plain UserData is read as written; base64 that is not text is no evidence', () => {
    const plain = cfnResource('AWS::EC2::Instance', 'Db', { UserData: 'yum install -y mysql-server' })
    const cluster = cfnResource('AWS::RDS::DBCluster', 'Aurora', { Engine: 'aurora-mysql' })
    const shifts = detectShifts(matrix, [plain], [cluster])
    expect(shifts[0]?.explanation).toContain('with "mysql" in its UserData (line 2)')
    const binary = cfnResource('AWS::EC2::Instance', 'Db', { UserData: '//79/P37+vn4' })
    expect(detectShifts(matrix, [binary], [cluster])).toEqual([])
  })

  test('hand-built: an RDS Custom DB instance is no managed database', () => {
    const db = cfnResource('AWS::EC2::Instance', 'Db', { Tags: [{ Key: 'Name', Value: 'postgres' }] })
    const custom = cfnResource('AWS::RDS::DBInstance', 'Orders', { Engine: 'custom-sqlserver-ee' })
    expect(detectShifts(matrix, [db], [custom])).toEqual([])
  })
})

describe('caches and Kafka on EC2 replaced by ElastiCache and MSK', () => {
  test('Terraform: redis in user data, to an ElastiCache replication group, and back', () => {
    const redis = resource('aws_instance', 'cache', { user_data: 'apt-get install -y redis-server' })
    const group = resource('aws_elasticache_replication_group', 'cache', { engine: 'valkey' }, { line: 10 })
    const shifts = detectShifts(matrix, [redis], [group])
    expect(summary(shifts)).toEqual([
      ['database-patching', 'customer', 'aws', 'aws_elasticache_replication_group.cache', 10],
      ['guest-os-patching', 'customer', 'aws', 'aws_elasticache_replication_group.cache', 10]
    ])
    expect(shifts[0]?.explanation).toBe(
      'aws_elasticache_replication_group.cache in db/main.tf line 10 replaces aws_instance.cache (removed from db/main.tf line 1), ' +
        'with "redis" in its user_data (line 2): AWS patches the managed cache engine and the operating system under it, ' +
        'so database patching moves from you to AWS.'
    )
    expect(moves(detectShifts(matrix, [group], [redis]))).toEqual([
      ['database-patching', 'aws', 'customer'],
      ['guest-os-patching', 'aws', 'customer']
    ])
  })

  test('CloudFormation: memcached port 11211 open, to a serverless cache, and back', () => {
    const group = cfnResource('AWS::EC2::SecurityGroup', 'CacheGroup', {
      SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 11211, ToPort: 11211 }]
    })
    const instance = cfnResource('AWS::EC2::Instance', 'Cache', {
      SecurityGroupIds: [unknown('!Ref CacheGroup', ['CacheGroup'])]
    })
    const serverless = cfnResource('AWS::ElastiCache::ServerlessCache', 'Managed', { Engine: 'memcached' })
    expect(moves(detectShifts(matrix, [group, instance], [group, serverless]))).toEqual([
      ['database-patching', 'customer', 'aws'],
      ['guest-os-patching', 'customer', 'aws']
    ])
    expect(moves(detectShifts(matrix, [group, serverless], [group, instance]))).toEqual([
      ['database-patching', 'aws', 'customer'],
      ['guest-os-patching', 'aws', 'customer']
    ])
  })

  test('Kafka: the brokers move with the operating system, in both formats and both directions', () => {
    const kafka = resource('aws_instance', 'broker', { tags: { Role: 'kafka-broker' } })
    const msk = resource('aws_msk_cluster', 'events', { kafka_version: '3.6.0' })
    const shifts = detectShifts(matrix, [kafka], [msk])
    expect(moves(shifts)).toEqual([
      ['managed-service-configuration', 'customer', 'aws'],
      ['guest-os-patching', 'customer', 'aws']
    ])
    expect(shifts[0]?.explanation).toContain('AWS patches the brokers and the operating system under them')
    const cfnKafka = cfnResource('AWS::EC2::Instance', 'Broker', {
      UserData: 'bin/zookeeper-server-start.sh'
    })
    const cfnMsk = cfnResource('AWS::MSK::ServerlessCluster', 'Events', {})
    expect(moves(detectShifts(matrix, [cfnMsk], [cfnKafka]))).toEqual([
      ['managed-service-configuration', 'aws', 'customer'],
      ['guest-os-patching', 'aws', 'customer']
    ])
  })

  test('a cache port taken from a parameter without a default claims nothing', () => {
    const group = cfnResource('AWS::EC2::SecurityGroup', 'CacheGroup', {
      SecurityGroupIngress: [
        { IpProtocol: 'tcp', FromPort: unknown('!Ref Port'), ToPort: unknown('!Ref Port') }
      ]
    })
    const instance = cfnResource('AWS::EC2::Instance', 'Cache', {
      SecurityGroupIds: [unknown('!Ref CacheGroup', ['CacheGroup'])]
    })
    const managed = cfnResource('AWS::ElastiCache::CacheCluster', 'Managed', { Engine: 'redis' })
    expect(detectShifts(matrix, [group, instance], [group, managed])).toEqual([])
  })

  test('a database instance is no cache, and a cache instance is no database', () => {
    const redis = resource('aws_instance', 'cache', { user_data: 'apt-get install -y redis-server' })
    expect(detectShifts(matrix, [redis], [RDS])).toEqual([])
    const group = resource('aws_elasticache_cluster', 'cache', { engine: 'redis' })
    expect(detectShifts(matrix, [POSTGRES_ON_EC2], [group])).toEqual([])
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
