import type { Finding, Report, RowSummary } from '../../src/model.js'

/** A value as long as a large inlined policy document, with characters of every UTF-8 length. */
export const HUGE_VALUE = '{"Statement":"é€𝄞'.repeat(3_050)

const rows: RowSummary[] = [
  {
    row: 'access-restriction',
    title: 'Restricting access to AWS services or custom applications to only those users who require it',
    label: 'access restriction',
    owner: 'customer',
    resources: 2,
    changes: 2,
    new: 0,
    fixed: 1,
    existing: 0
  },
  {
    row: 'network-security',
    title: 'Ensuring network security (DoS, man-in-the-middle (MITM), port scanning)',
    label: 'network security',
    owner: 'shared',
    resources: 2,
    changes: 2,
    new: 2,
    fixed: 0,
    existing: 0
  },
  {
    row: 'database-patching',
    title: 'Database patching',
    label: 'database patching',
    owner: 'aws',
    resources: 1,
    changes: 1,
    new: 1,
    fixed: 0,
    existing: 0
  },
  {
    row: 'data-protection',
    title:
      'Protecting customer data: encryption at rest and in transit, client-side encryption and integrity, data classification',
    label: 'data protection',
    owner: 'customer',
    resources: 2,
    changes: 2,
    new: 2,
    fixed: 0,
    existing: 1
  },
  {
    row: 'guest-os-patching',
    title: 'Guest operating system patching',
    label: 'guest OS patching',
    owner: 'customer',
    resources: 0,
    changes: 0,
    new: 0,
    fixed: 0,
    existing: 0
  }
]

const FSBP = 'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html'

export const publicDatabase: Finding = {
  ruleId: 'rds-publicly-accessible',
  title: 'RDS database instance is publicly accessible',
  file: 'infra/database/main.tf',
  line: 9,
  endLine: 9,
  address: 'aws_db_instance.orders',
  type: 'aws_db_instance',
  format: 'terraform',
  status: 'new',
  severity: 'critical',
  row: 'network-security',
  owner: 'shared',
  suppressed: false,
  references: [{ id: 'AWS FSBP RDS.2', url: `${FSBP}#rds-2` }, { id: 'CIS AWS 3.0 2.3.3' }],
  message: '`publicly_accessible` is true',
  explanation:
    'With `publicly_accessible = true` the endpoint resolves to a public IP address, so only security groups stand between the database and the internet.',
  remediation:
    'Set `publicly_accessible = false` and put the database in private subnets through its DB subnet group.',
  fingerprint: '3f1c0a9e5b7d2c4e6f8a0b1c'
}

const minorUpgrades: Finding = {
  ...publicDatabase,
  ruleId: 'rds-auto-minor-upgrade-disabled',
  title: 'RDS automatic minor version upgrades are turned off',
  line: 10,
  endLine: 10,
  severity: 'high',
  row: 'database-patching',
  owner: 'aws',
  references: [{ id: 'AWS FSBP RDS.13', url: `${FSBP}#rds-13` }],
  message: '`auto_minor_version_upgrade` is false: engine security patches are now yours to apply',
  explanation: 'AWS applies minor engine versions only when `auto_minor_version_upgrade` is on.',
  remediation: 'Set `auto_minor_version_upgrade = true` or patch the engine yourself on a schedule.',
  fingerprint: '9a8b7c6d5e4f3a2b1c0d9e8f'
}

/** Everything a pull request author controls, at its most hostile. */
export const hostile: Finding = {
  ruleId: 'vpc-security-group-ssh-open',
  title: 'Security group allows SSH (port 22) from anywhere </details> @org/team #1',
  file: 'infra/network/`odd` name|#1.tf',
  line: 26,
  endLine: 28,
  address: 'aws_security_group.admin',
  type: 'aws_security_group',
  format: 'terraform',
  status: 'new',
  severity: 'high',
  row: 'network-security',
  owner: 'shared',
  suppressed: false,
  references: [
    { id: 'AWS FSBP EC2.13 ](javascript:alert(1))', url: 'javascript:alert(1)' },
    { id: 'CIS @org/team #1', url: 'https://example.com/a (b)/c?d=<e>' }
  ],
  message: `\`description\` is "</details><!-- demarc:summary --> @org/team #1 \`\`\` ${HUGE_VALUE}"`,
  explanation: 'Anyone on the internet can try to log in over SSH. </details> @org/team fixes #1',
  remediation: 'Allow port 22 only from your own address ranges, e.g. `10.0.0.0/8`.',
  fingerprint: 'c0ffee00c0ffee00c0ffee00'
}

const storage: Finding = {
  ...publicDatabase,
  ruleId: 'rds-storage-unencrypted',
  title: 'RDS database storage is not encrypted at rest',
  line: 1,
  endLine: 1,
  severity: 'medium',
  row: 'data-protection',
  owner: 'customer',
  references: [{ id: 'AWS FSBP RDS.3', url: `${FSBP}#rds-3` }],
  message: '`storage_encrypted` is not set (defaults to false)',
  explanation: 'Unencrypted storage leaves data, logs and snapshots readable to anyone who gets the volume.',
  remediation: 'Set `storage_encrypted = true` (this replaces the instance).',
  fingerprint: '0123456789abcdef01234567',
  removedLine: 9
}

const suppressed: Finding = {
  ...storage,
  ruleId: 's3-bucket-versioning-disabled',
  title: 'S3 bucket versioning is not enabled',
  file: 'infra/storage/main.tf',
  line: 21,
  endLine: 21,
  address: 'aws_s3_bucket.assets',
  type: 'aws_s3_bucket',
  severity: 'low',
  suppressed: true,
  references: [
    {
      id: 'AWS FSBP S3.14',
      url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-14'
    }
  ],
  message: 'versioning is not enabled (not set)',
  explanation: 'Without versioning, an overwritten or deleted object cannot be recovered.',
  remediation: 'Add an `aws_s3_bucket_versioning` resource with `status = "Enabled"` for the bucket.',
  fingerprint: 'aaaaaaaaaaaaaaaaaaaaaaaa'
}
delete suppressed.removedLine

const publicAcl: Finding = {
  ...publicDatabase,
  ruleId: 's3-bucket-public-acl',
  title: 'S3 bucket ACL grants access to everyone or to any AWS account',
  file: 'infra/storage/main.tf',
  line: 27,
  endLine: 27,
  address: 'aws_s3_bucket_acl.assets',
  type: 'aws_s3_bucket_acl',
  status: 'fixed',
  row: 'access-restriction',
  owner: 'customer',
  references: [{ id: 'AWS FSBP S3.2' }],
  message: '`acl` is "public-read": the bucket is readable beyond your account',
  explanation: 'A public ACL lets anyone on the internet, or any AWS account, read or write the objects.',
  remediation: 'Set `acl = "private"` and grant access through bucket policies and IAM instead.',
  fingerprint: 'bbbbbbbbbbbbbbbbbbbbbbbb'
}

const keyRotation: Finding = {
  ...storage,
  ruleId: 'kms-key-rotation-disabled',
  title: 'KMS key automatic rotation is off',
  file: 'infra/storage/kms.tf',
  line: 2,
  endLine: 2,
  address: 'aws_kms_key.logs',
  type: 'aws_kms_key',
  status: 'existing',
  references: [],
  message: '`enable_key_rotation` is not set (defaults to false)',
  explanation: 'A key that never rotates protects more data for longer if it is ever exposed.',
  remediation: 'Set `enable_key_rotation = true`.',
  fingerprint: 'cccccccccccccccccccccccc'
}
delete keyRotation.removedLine

/** A hand-built report of a realistic pull request, with every kind of entry and hostile strings. */
export function fixtureReport(): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'demarc', version: '0.1.0' },
    scope: {
      base: '1111111111111111111111111111111111111111',
      head: '2222222222222222222222222222222222222222',
      mode: 'changes'
    },
    changes: [
      {
        file: 'infra/database/main.tf',
        line: 1,
        endLine: 14,
        address: 'aws_db_instance.orders',
        type: 'aws_db_instance',
        format: 'terraform',
        change: 'modified',
        category: 'container',
        attributes: ['publicly_accessible', 'auto_minor_version_upgrade', 'storage_encrypted'],
        rows: [
          { row: 'data-protection', owner: 'customer' },
          { row: 'network-security', owner: 'shared' },
          { row: 'database-patching', owner: 'aws' }
        ]
      },
      {
        file: hostile.file,
        line: 23,
        endLine: 31,
        address: hostile.address,
        type: 'aws_security_group',
        format: 'terraform',
        change: 'added',
        category: 'infrastructure',
        attributes: [],
        rows: [{ row: 'network-security', owner: 'shared' }]
      },
      {
        file: 'infra/storage/main.tf',
        line: 25,
        endLine: 28,
        address: 'aws_s3_bucket_acl.assets',
        type: 'aws_s3_bucket_acl',
        format: 'terraform',
        change: 'modified',
        category: 'abstracted',
        attributes: ['acl'],
        rows: [{ row: 'access-restriction', owner: 'customer' }]
      }
    ],
    findings: [publicDatabase, minorUpgrades, hostile, storage, suppressed, publicAcl, keyRotation],
    shifts: [
      {
        row: 'database-patching',
        from: 'aws',
        to: 'customer',
        file: 'infra/database/main.tf',
        line: 10,
        address: 'aws_db_instance.orders',
        explanation:
          'aws_db_instance.orders sets auto_minor_version_upgrade = false: AWS no longer applies minor engine versions, so database patching moves from AWS to you (see #1, @org/team).'
      }
    ],
    rows,
    unknown: [
      {
        ruleId: 's3-bucket-not-kms-encrypted',
        file: 'infra/storage/main.tf',
        line: 30,
        address: 'aws_s3_bucket_server_side_encryption_configuration.logs',
        expr: `var.kms_key_arn == "\`</details>\`" ? ${HUGE_VALUE} : null`
      }
    ],
    errors: [
      {
        file: 'infra/broken/main.tf',
        line: 7,
        message: 'Invalid expression: expected a value, found "</details>" (@org/team #1)'
      },
      { file: 'infra/huge.tf', message: `file is larger than 1 MiB: ${HUGE_VALUE}` }
    ],
    skipped: [{ file: 'infra/link.tf', reason: 'symbolic link, not followed' }],
    gate: {
      conclusion: 'failure',
      reason: '3 new findings at high or above (gated owners: customer, shared)'
    }
  }
}

/**
 * A whole organisation's worth of findings: `count` of them across statuses
 * and severities, every message holding a 70 KB value, plus many changes,
 * unknowns and skipped files.
 */
export function largeReport(count: number): Report {
  const base = fixtureReport()
  const severities = ['critical', 'high', 'medium', 'low', 'info'] as const
  const statuses = ['new', 'existing', 'existing', 'fixed'] as const
  const findings: Finding[] = []
  // One string shared by all, as flat as one parsed from a report file.
  const message = `\`tags.Description\` is "${HUGE_VALUE}"`.split('').join('')
  for (let i = 0; i < count; i++) {
    const status = statuses[i % statuses.length] as Finding['status']
    findings.push({
      ...publicDatabase,
      status,
      severity: severities[Math.floor((i / count) * severities.length)] as Finding['severity'],
      file: `modules/service-${i % 97}/main.tf`,
      line: 1 + (i % 400),
      endLine: 1 + (i % 400),
      address: `module.service_${i}.aws_db_instance.this`,
      message,
      fingerprint: i.toString(16).padStart(24, '0')
    })
  }
  const order = { new: 0, fixed: 1, existing: 2 }
  findings.sort((a, b) => order[a.status] - order[b.status])
  return {
    ...base,
    findings,
    changes: Array.from({ length: count }, (_, i) => ({
      ...(base.changes[0] as Report['changes'][number]),
      address: `module.service_${i}.aws_db_instance.this`
    })),
    unknown: Array.from({ length: 300 }, (_, i) => ({
      ...(base.unknown[0] as Report['unknown'][number]),
      line: i + 1
    })),
    skipped: Array.from({ length: 300 }, (_, i) => ({ file: `vendor/link-${i}.tf`, reason: 'symbolic link' }))
  }
}
