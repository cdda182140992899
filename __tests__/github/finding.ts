import type { Change, Finding, Report } from '../../src/model.js'

/** A finding with every field set; tests override what they look at. */
export function finding(over: Partial<Finding> = {}): Finding {
  return {
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
    references: [],
    message: '`publicly_accessible` is true',
    explanation: 'Why.',
    remediation: 'How.',
    fingerprint: `fp-${over.ruleId ?? 'rds-publicly-accessible'}-${over.address ?? 'aws_db_instance.orders'}`,
    ...over
  }
}

export function change(over: Partial<Change> = {}): Change {
  return {
    file: 'infra/database/main.tf',
    line: 1,
    endLine: 14,
    address: 'aws_db_instance.orders',
    type: 'aws_db_instance',
    format: 'terraform',
    change: 'modified',
    category: 'container',
    attributes: [],
    rows: [],
    ...over
  }
}

export function report(findings: Finding[], changes: Change[] = []): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'demarc', version: '0.0.0' },
    scope: { base: 'a'.repeat(40), head: 'b'.repeat(40), mode: 'changes' },
    changes,
    findings,
    shifts: [],
    rows: [],
    unknown: [],
    errors: [],
    skipped: [],
    gate: { conclusion: 'success', reason: 'no new findings' }
  }
}
