import { symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Report } from '../../src/model.js'
import { createTempRepo, isolateGitConfig, removeTempDirs, type TempRepo } from '../helpers/temp-repo.js'
import { demarc } from './run-cli.js'

const GOOD = `resource "aws_ebs_volume" "ok" {
  availability_zone = "eu-west-1a"
  size              = 1
  encrypted         = true
}
`
const OPEN_SSH = `resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  security_group_id = "sg-1"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}
`

let restore: () => void
let repo: TempRepo
let report: Report
let code: number

beforeAll(async () => {
  restore = isolateGitConfig()
  repo = createTempRepo()
  repo.write('broken/good.tf', GOOD)
  repo.write('fine/main.tf', GOOD)
  const base = repo.commitAll('base')
  repo.write('broken/main.tf', 'resource "aws_s3_bucket" "x" {\n  bucket = "unterminated\n')
  repo.write('binary/main.tf', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0, 0]))
  repo.write('huge/main.tf', `# ${'x'.repeat(50 * 1024 * 1024)}\n`)
  symlinkSync('/etc/passwd', join(repo.dir, 'link.tf'))
  repo.write('fine/ssh.tf', OPEN_SSH)
  const head = repo.commitAll('head')
  const result = await demarc(['scan', '--base', base, '--head', head, '--format', 'json'], repo.dir)
  code = result.code
  report = JSON.parse(result.stdout) as Report
}, 60_000)

afterAll(() => {
  removeTempDirs()
  restore()
})

describe('hostile files in a change', () => {
  test('each bad file has one clear entry in errors', () => {
    const byFile = new Map(report.errors.map(e => [e.file, e.message]))
    expect(byFile.get('broken/main.tf')).toMatch(/string|quote|unterminated/i)
    expect(byFile.get('binary/main.tf')).toBe('not scanned: binary file (not text)')
    expect(byFile.get('huge/main.tf')).toMatch(
      /^not scanned: 50\.0 MB is larger than the 5\.0 MB limit per file$/
    )
    expect(byFile.get('link.tf')).toBe('not scanned: symbolic link (not followed)')
    expect(report.errors).toHaveLength(4)
  })

  test('the syntax error names its line', () => {
    expect(report.errors.find(e => e.file === 'broken/main.tf')?.line).toBe(2)
  })

  test('the rest of the scan completes: the unit of the broken file and the other units are read', () => {
    expect(report.findings.map(f => [f.ruleId, f.file, f.line, f.status])).toEqual([
      ['vpc-security-group-ssh-open', 'fine/ssh.tf', 7, 'new']
    ])
    expect(report.changes.map(c => c.address)).toEqual(['aws_security_group_rule.ssh'])
  })

  test('the target of the symbolic link is never read', () => {
    expect(JSON.stringify(report)).not.toContain('root:x:0:0')
  })

  test('the exit code reflects the findings, not the bad files', () => {
    expect(report.gate.conclusion).toBe('failure')
    expect(code).toBe(1)
  })
})
