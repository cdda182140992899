import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Report } from '../../src/model.js'
import { isolateGitConfig, removeTempDirs, type TempRepo } from '../helpers/temp-repo.js'
import { createDemoRepo } from './demo-repo.js'
import { normaliseShas, ROOT, runBundle } from './run-bundle.js'

let restore: () => void
let demo: { repo: TempRepo; base: string; head: string }

beforeAll(() => {
  restore = isolateGitConfig()
  demo = createDemoRepo()
})

afterAll(() => {
  removeTempDirs()
  restore()
})

function scanDemo(...extra: string[]) {
  return runBundle('dist/cli/index.js', ['scan', '--base', demo.base, '--head', demo.head, ...extra], {
    cwd: demo.repo.dir
  })
}

describe('dist/cli/index.js on the demo pull request', () => {
  let report: Report
  let status: number | null

  beforeAll(() => {
    const run = scanDemo('--format', 'json')
    status = run.status
    report = JSON.parse(run.stdout) as Report
  })

  test('classifies the changed resources with rows and owners', () => {
    const rows = (address: string) =>
      report.changes.find(c => c.address === address)?.rows.map(r => `${r.row}:${r.owner}`)
    expect(rows('aws_vpc_security_group_ingress_rule.ssh')).toContain('network-security:shared')
    expect(rows('aws_db_instance.orders')).toEqual(
      expect.arrayContaining([
        'database-patching:aws',
        'data-protection:customer',
        'access-restriction:customer'
      ])
    )
    expect(report.changes.map(c => c.address)).not.toContain('aws_kms_key.logs')
  })

  test('new findings carry file and line', () => {
    const fresh = report.findings.filter(f => f.status === 'new').map(f => `${f.ruleId} ${f.file}:${f.line}`)
    expect(fresh).toEqual(
      expect.arrayContaining([
        'vpc-security-group-ssh-open infra/network/main.tf:26',
        'rds-publicly-accessible infra/database/main.tf:9',
        'rds-auto-minor-upgrade-disabled infra/database/main.tf:10',
        'iam-policy-full-admin infra/identity/main.tf:20'
      ])
    )
  })

  test('the ACL made private through a variable default in another file is fixed, and the pinned image too', () => {
    expect(
      report.findings
        .filter(f => f.status === 'fixed')
        .map(f => `${f.ruleId} ${f.file}:${f.line}`)
        .sort()
    ).toEqual([
      'k8s-container-image-latest deploy/k8s/api.yaml:22',
      's3-bucket-public-acl infra/storage/main.tf:27'
    ])
  })

  test('every format of the demo is parsed and reviewed: CloudFormation, Kubernetes, Dockerfile and .env', () => {
    const fresh = report.findings
      .filter(f => f.status === 'new')
      .map(f => `${f.format} ${f.ruleId} ${f.file}:${f.line}`)
    expect(fresh).toEqual(
      expect.arrayContaining([
        'appconfig app-config-aws-access-key app/.env.production:7',
        'appconfig app-config-tls-verification-disabled app/.env.production:8',
        'dockerfile docker-runs-as-root app/Dockerfile:11',
        'kubernetes k8s-container-privileged deploy/k8s/api.yaml:26',
        'kubernetes k8s-service-load-balancer-open deploy/k8s/api.yaml:45',
        'cloudformation s3-bucket-public-access-not-blocked templates/exports.yaml:10',
        'cloudformation s3-bucket-versioning-disabled templates/exports.yaml:20'
      ])
    )
    expect(report.errors).toEqual([])
  })

  test('the access key is masked everywhere in the report', () => {
    expect(JSON.stringify(report)).not.toContain('AKIAIOSFODNN7EXAMPLE')
  })

  test('the key moved to another file keeps its finding existing', () => {
    const key = report.findings.find(f => f.address === 'aws_kms_key.logs')
    expect(key).toMatchObject({ status: 'existing', file: 'infra/storage/kms.tf', line: 2 })
  })

  test('the shift of database patching back to the customer is named', () => {
    expect(report.shifts).toEqual([
      expect.objectContaining({ row: 'database-patching', from: 'aws', to: 'customer' })
    ])
  })

  test('the gate fails and the process exits 1', () => {
    expect(report.gate.conclusion).toBe('failure')
    expect(status).toBe(1)
  })
})

describe('golden outputs of the demo (reviewed like code)', () => {
  const golden = (name: string, actual: string) => {
    const file = join(ROOT, '__tests__', '__outputs__', name)
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual)
    expect(actual).toBe(readFileSync(file, 'utf8'))
  }

  test('markdown summary', () => golden('demo.md', normaliseShas(scanDemo('--format', 'markdown').stdout)))
  test('terminal report', () => golden('demo.txt', normaliseShas(scanDemo().stdout)))
})
