import type { ReplacementShiftPattern, SelfManagedEvidence } from './shift-pattern-types.js'

/**
 * Data stores and brokers run on EC2 replaced by the managed service, or the
 * reverse. An instance counts only with evidence of what it runs: its user
 * data, AMI or tags name the software, or a security group of its unit opens
 * the software's port.
 */

/** The evidence attributes of an EC2 instance in each format, for one workload. */
function onInstance(
  pattern: RegExp,
  ports: readonly number[]
): Partial<Record<'terraform' | 'cloudformation', SelfManagedEvidence>> {
  return {
    terraform: {
      mentions: { attributes: ['user_data', 'user_data_base64', 'ami', 'tags'], pattern },
      openPorts: { attributes: ['vpc_security_group_ids', 'security_groups'], ports }
    },
    cloudformation: {
      mentions: { attributes: ['UserData', 'ImageId', 'Tags'], pattern },
      openPorts: { attributes: ['SecurityGroupIds', 'SecurityGroups', 'NetworkInterfaces.GroupSet'], ports }
    }
  }
}

const INSTANCE_TYPES = ['aws_instance', 'AWS::EC2::Instance']

/** A database on EC2 replaced by RDS or Aurora (not RDS Custom, whose host stays the customer's). */
export const DATABASE_ON_EC2_TO_RDS: ReplacementShiftPattern = {
  kind: 'replacement',
  id: 'database-on-ec2-to-rds',
  workload: 'a database',
  selfManaged: {
    types: INSTANCE_TYPES,
    evidence: onInstance(/postgres|mysql|mariadb|mongod/i, [5432, 3306, 1433, 1521, 27017])
  },
  managed: {
    types: ['aws_db_instance', 'aws_rds_cluster', 'AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
    when: [
      { type: 'aws_db_instance', all: [{ attribute: 'engine', is: { notPrefix: 'custom-' } }] },
      { type: 'AWS::RDS::DBInstance', all: [{ attribute: 'Engine', is: { notPrefix: 'custom-' } }] }
    ]
  },
  managedSide: 'aws',
  rows: ['database-patching', 'guest-os-patching'],
  reasons: {
    toManaged: 'AWS patches the managed engine and the operating system under it',
    toSelfManaged: 'the engine and the instance operating system are yours to patch'
  }
}

/** Redis, Valkey or Memcached on EC2 replaced by ElastiCache. */
export const CACHE_ON_EC2_TO_ELASTICACHE: ReplacementShiftPattern = {
  kind: 'replacement',
  id: 'cache-on-ec2-to-elasticache',
  workload: 'a cache',
  selfManaged: { types: INSTANCE_TYPES, evidence: onInstance(/redis|valkey|memcached/i, [6379, 11211]) },
  managed: {
    types: [
      'aws_elasticache_replication_group',
      'aws_elasticache_cluster',
      'aws_elasticache_serverless_cache',
      'AWS::ElastiCache::ReplicationGroup',
      'AWS::ElastiCache::CacheCluster',
      'AWS::ElastiCache::ServerlessCache'
    ]
  },
  managedSide: 'aws',
  rows: ['database-patching', 'guest-os-patching'],
  reasons: {
    toManaged: 'AWS patches the managed cache engine and the operating system under it',
    toSelfManaged: 'the cache engine and the instance operating system are yours to patch'
  }
}

/** Kafka (or its ZooKeeper) on EC2 replaced by Amazon MSK. */
export const KAFKA_ON_EC2_TO_MSK: ReplacementShiftPattern = {
  kind: 'replacement',
  id: 'kafka-on-ec2-to-msk',
  workload: 'a Kafka cluster',
  selfManaged: { types: INSTANCE_TYPES, evidence: onInstance(/kafka|zookeeper/i, [9092, 9094, 2181]) },
  managed: {
    types: [
      'aws_msk_cluster',
      'aws_msk_serverless_cluster',
      'AWS::MSK::Cluster',
      'AWS::MSK::ServerlessCluster'
    ]
  },
  managedSide: 'aws',
  rows: ['managed-service-configuration', 'guest-os-patching'],
  reasons: {
    toManaged: 'AWS patches the brokers and the operating system under them',
    toSelfManaged: 'the brokers and the instance operating system are yours to patch'
  }
}
