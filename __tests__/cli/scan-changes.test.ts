import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Finding, Report } from '../../src/model.js'
import { createTempRepo, isolateGitConfig, removeTempDirs, type TempRepo } from '../helpers/temp-repo.js'
import { demarc } from './run-cli.js'

const BASE_TF = `resource "aws_s3_bucket_acl" "legacy" {
  bucket = "legacy-site"
  acl    = "public-read"
}

resource "aws_kms_key" "data" {
  description = "data"
}

resource "aws_ebs_volume" "scratch" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = true
}
`

// Head: three lines inserted on top move everything down, the key is fixed,
// the volume loses its encryption, and a new rule opens SSH to the world.
const HEAD_TF = `# Storage
# owned by the platform team

resource "aws_s3_bucket_acl" "legacy" {
  bucket = "legacy-site"
  acl    = "public-read"
}

resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
}

resource "aws_ebs_volume" "scratch" {
  availability_zone = "eu-west-1a"
  size              = 10
}

resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  security_group_id = "sg-123"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}
`

let restore: () => void
let repo: TempRepo
let base: string
let head: string

beforeAll(() => {
  restore = isolateGitConfig()
  repo = createTempRepo()
  repo.write('infra/main.tf', BASE_TF)
  repo.write('README.md', 'not scanned\n')
  base = repo.commitAll('base')
  repo.write('infra/main.tf', HEAD_TF)
  repo.write('README.md', 'still not scanned\n')
  head = repo.commitAll('head')
})

afterAll(() => {
  removeTempDirs()
  restore()
})

function pick(
  report: Report,
  ruleId: string
): Pick<Finding, 'status' | 'line' | 'file' | 'address' | 'removedLine'>[] {
  return report.findings
    .filter(f => f.ruleId === ruleId)
    .map(({ status, line, file, address, removedLine }) => ({ status, line, file, address, removedLine }))
}

describe('demarc scan --base --head', () => {
  let report: Report
  let code: number

  beforeAll(async () => {
    const result = await demarc(['scan', '--base', base, '--head', head, '--format', 'json'], repo.dir)
    code = result.code
    report = JSON.parse(result.stdout) as Report
  })

  test('reports the merge base and head it compared', () => {
    expect(report.scope).toEqual({ base, head, mode: 'changes' })
  })

  test('an unchanged pre-existing problem stays existing, at its new head line', () => {
    expect(pick(report, 's3-bucket-public-acl')).toEqual([
      {
        status: 'existing',
        line: 6,
        file: 'infra/main.tf',
        address: 'aws_s3_bucket_acl.legacy',
        removedLine: undefined
      }
    ])
  })

  test('a problem the head fixes is fixed, at its base line', () => {
    expect(pick(report, 'kms-key-rotation-disabled')).toEqual([
      { status: 'fixed', line: 6, file: 'infra/main.tf', address: 'aws_kms_key.data', removedLine: undefined }
    ])
  })

  test('a removed protection is new and cites the base line it was on', () => {
    expect(pick(report, 'ec2-ebs-volume-unencrypted')).toEqual([
      { status: 'new', line: 14, file: 'infra/main.tf', address: 'aws_ebs_volume.scratch', removedLine: 13 }
    ])
  })

  test('a newly added problem is new, on the offending line', () => {
    expect(pick(report, 'vpc-security-group-ssh-open')).toEqual([
      {
        status: 'new',
        line: 25,
        file: 'infra/main.tf',
        address: 'aws_security_group_rule.ssh',
        removedLine: undefined
      }
    ])
  })

  test('changes are classified to rows and owners', () => {
    const changes = report.changes.map(c => [c.change, c.address, c.rows.map(r => `${r.row}:${r.owner}`)])
    expect(changes).toContainEqual([
      'added',
      'aws_security_group_rule.ssh',
      expect.arrayContaining(['network-security:shared'])
    ])
    expect(changes).toContainEqual([
      'modified',
      'aws_ebs_volume.scratch',
      expect.arrayContaining(['data-protection:customer'])
    ])
    expect(report.changes.find(c => c.address === 'aws_s3_bucket_acl.legacy')).toBeUndefined()
  })

  test('the gate fails on the new high finding and the exit code says so', () => {
    expect(report.gate.conclusion).toBe('failure')
    expect(code).toBe(1)
  })

  test('--fail-on critical lets the same change through, with exit code 0', async () => {
    const result = await demarc(
      ['scan', '--base', base, '--head', head, '--format', 'json', '--fail-on', 'critical'],
      repo.dir
    )
    expect(result.code).toBe(0)
    expect((JSON.parse(result.stdout) as Report).gate.conclusion).toBe('neutral')
  })

  test('--exclude leaves matching files out of the scan', async () => {
    const result = await demarc(
      ['scan', '--base', base, '--head', head, '--format', 'json', '--exclude', 'infra/**'],
      repo.dir
    )
    const excluded = JSON.parse(result.stdout) as Report
    expect(excluded.findings).toEqual([])
    expect(excluded.changes).toEqual([])
    expect(result.code).toBe(0)
  })

  test('the markdown and terminal formats carry the same findings', async () => {
    const md = await demarc(['scan', '--base', base, '--head', head, '--format', 'markdown'], repo.dir)
    expect(md.stdout).toContain('### New findings (2)')
    expect(md.stdout).toContain('`infra/main.tf:25`')
    const text = await demarc(['scan', '--base', base, '--head', head], repo.dir)
    expect(text.stdout).toContain('New findings (2)')
    expect(text.stdout).toContain('infra/main.tf:14  aws_ebs_volume.scratch')
    expect(text.stdout).not.toContain('\u001b[')
  })
})
