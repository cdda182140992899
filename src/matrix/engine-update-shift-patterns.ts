import type { AttributeShiftPattern } from './shift-pattern-types.js'

/**
 * Update settings of managed engines. Terraform defaults are the AWS
 * provider's (what it sends when the argument is not written); CloudFormation
 * defaults are the service API's, and deleting a CloudFormation property
 * claims nothing: the services do not promise to reset a setting whose
 * property is removed.
 */

const CFN_AUTO_MINOR = {
  format: 'cloudformation',
  attribute: 'AutoMinorVersionUpgrade',
  removalKeepsValue: true
} as const

/** Automatic minor engine upgrades, on or off: who applies minor versions and engine patches. */
export const AUTO_MINOR_VERSION_UPGRADE: AttributeShiftPattern = {
  kind: 'attribute',
  id: 'auto-minor-version-upgrade',
  attribute: 'auto_minor_version_upgrade',
  types: {
    aws_db_instance: { format: 'terraform', default: true },
    aws_rds_cluster_instance: { format: 'terraform', default: true },
    aws_rds_cluster: { format: 'terraform', default: true },
    // Optional + Computed: the provider sends nothing, AWS turns upgrades on.
    aws_elasticache_replication_group: { format: 'terraform', default: true, removalKeepsValue: true },
    aws_elasticache_cluster: { format: 'terraform', default: true },
    aws_mq_broker: { format: 'terraform', default: false },
    // Optional + Computed, but the provider sends false when it is not written.
    aws_dms_replication_instance: { format: 'terraform', default: false, removalKeepsValue: true },
    'AWS::RDS::DBInstance': { ...CFN_AUTO_MINOR, default: true },
    'AWS::RDS::DBCluster': { ...CFN_AUTO_MINOR, default: true },
    'AWS::ElastiCache::ReplicationGroup': { ...CFN_AUTO_MINOR, default: true },
    'AWS::ElastiCache::CacheCluster': { ...CFN_AUTO_MINOR, default: true },
    'AWS::AmazonMQ::Broker': { ...CFN_AUTO_MINOR, default: true },
    'AWS::DMS::ReplicationInstance': { ...CFN_AUTO_MINOR, default: true }
  },
  rows: ['database-patching'],
  cases: [
    { when: { bool: false }, side: 'customer' },
    { when: { bool: true }, side: 'aws' }
  ],
  reasons: {
    customer: 'AWS no longer applies minor engine versions automatically',
    aws: 'AWS applies minor engine versions automatically again'
  }
}

/** Redshift's version upgrades in the maintenance window, on or off. */
export const REDSHIFT_VERSION_UPGRADE: AttributeShiftPattern = {
  kind: 'attribute',
  id: 'redshift-version-upgrade',
  attribute: 'allow_version_upgrade',
  types: {
    aws_redshift_cluster: { format: 'terraform', default: true },
    'AWS::Redshift::Cluster': {
      format: 'cloudformation',
      attribute: 'AllowVersionUpgrade',
      default: true,
      removalKeepsValue: true
    }
  },
  rows: ['database-patching'],
  cases: [
    { when: { bool: false }, side: 'customer' },
    { when: { bool: true }, side: 'aws' }
  ],
  reasons: {
    customer: 'AWS no longer applies new Redshift engine versions in the maintenance window',
    aws: 'AWS applies new Redshift engine versions in the maintenance window again'
  }
}

/**
 * An RDS Custom engine (`custom-oracle-ee`, `custom-sqlserver-se`) gives the
 * customer the host. Database patching follows `auto_minor_version_upgrade`,
 * which RDS Custom requires to be off, so this pattern moves only the
 * operating system.
 */
export const RDS_CUSTOM_ENGINE: AttributeShiftPattern = {
  kind: 'attribute',
  id: 'rds-custom-engine',
  attribute: 'engine',
  types: {
    aws_db_instance: { format: 'terraform' },
    'AWS::RDS::DBInstance': { format: 'cloudformation', attribute: 'Engine' }
  },
  rows: ['guest-os-patching'],
  cases: [
    { when: { prefix: 'custom-' }, side: 'customer' },
    { when: { anyString: true }, side: 'aws' }
  ],
  reasons: {
    customer: 'RDS Custom gives you the host and its operating system to patch',
    aws: 'AWS patches the operating system under a standard RDS engine'
  }
}
