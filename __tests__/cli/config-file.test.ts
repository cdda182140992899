import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import type { Report } from '../../src/model.js'
import {
  createTempRepo,
  isolateGitConfig,
  makeTempDir,
  removeTempDirs,
  type TempRepo
} from '../helpers/temp-repo.js'
import { demarc } from './run-cli.js'

const CONFIG = '.github/demarc.yml'
const DB = `resource "aws_db_instance" "db" {
  engine            = "postgres"
  storage_encrypted = false
}
`
const UNENCRYPTED = 'rds-storage-unencrypted'
const CUSTOM_RULE = `id: acme-db-owner-tag-missing
title: Database does not name its owning team
row: data-protection
severity: high
references: []
explanation: Every database names the team that owns its data.
remediation: Add tags = { owner = "<team>" }.
formats:
  terraform:
    types: [aws_db_instance]
    assert:
      attr: tags.owner
      exists: true
`

let restore: () => void
let dir: string

beforeAll(() => {
  restore = isolateGitConfig()
})

beforeEach(() => {
  dir = makeTempDir()
  mkdirSync(join(dir, 'infra'))
  mkdirSync(join(dir, '.github'))
  writeFileSync(join(dir, 'infra', 'main.tf'), DB)
})

afterAll(() => {
  removeTempDirs()
  restore()
})

function configure(text: string, file = CONFIG): void {
  writeFileSync(join(dir, file), text)
}

async function scanJson(args: string[] = [], now?: Date): Promise<{ code: number; report: Report }> {
  const result = await demarc(['scan', '--format', 'json', ...args], dir, now === undefined ? {} : { now })
  expect(result.stderr).toBe('')
  return { code: result.code, report: JSON.parse(result.stdout) as Report }
}

const ids = (report: Report) => report.findings.map(f => f.ruleId)

describe('a bad configuration is a usage error: exit 2, naming the file and the key', () => {
  test('an unknown rule id, with the id it probably meant', async () => {
    configure('version: 1\nrules:\n  rds-storage-unencryptd:\n    enabled: false\n')
    const result = await demarc(['scan'], dir)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      'demarc: 1 problem in the configuration file:\n.github/demarc.yml: rules.rds-storage-unencryptd: unknown rule id (did you mean rds-storage-unencrypted?)\n'
    )
  })

  test('an ignore without a reason', async () => {
    configure(`version: 1\nignore:\n  - rule: ${UNENCRYPTED}\n    paths: [infra]\n`)
    const result = await demarc(['scan'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(
      '.github/demarc.yml: ignore[0].reason: missing: an ignore must say why the findings do not count'
    )
  })

  test('--config naming a file that is not there', async () => {
    const result = await demarc(['scan', '--config', 'ci/demarc.yml'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('ci/demarc.yml: no such file in the working tree')
  })

  test('a configuration file that is a symbolic link is not followed', async () => {
    writeFileSync(join(dir, 'elsewhere.yml'), 'version: 1\n')
    symlinkSync(join(dir, 'elsewhere.yml'), join(dir, CONFIG))
    const result = await demarc(['scan'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('.github/demarc.yml: cannot be read: symbolic link (not followed)')
  })

  test('a broken control in rule-dirs, reported as a bundled one would be', async () => {
    configure('version: 1\nrule-dirs: [policies]\n')
    mkdirSync(join(dir, 'policies', 'db'), { recursive: true })
    writeFileSync(
      join(dir, 'policies', 'db', 'rule.yml'),
      CUSTOM_RULE.replace('row: data-protection', 'row: data')
    )
    const result = await demarc(['scan'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /^demarc: 1 problem in rule files:\npolicies\/db\/rule\.yml: row: unknown row 'data' \(expected one of .*\)\n$/
    )
  })

  test('--help names --config', async () => {
    expect((await demarc(['--help'], dir)).stdout).toContain('--config <file>')
  })
})

describe('the file, the options and the defaults', () => {
  test('no file: the built-in defaults', async () => {
    const { code, report } = await scanJson()
    expect(ids(report)).toContain(UNENCRYPTED)
    expect(code).toBe(0)
  })

  test('rules: a control turned off has no finding; a new severity is the finding’s', async () => {
    configure(
      `version: 1\nrules:\n  ${UNENCRYPTED}:\n    enabled: false\n  rds-instance-single-az:\n    severity: info\n`
    )
    const { report } = await scanJson()
    expect(ids(report)).not.toContain(UNENCRYPTED)
    expect(report.findings.find(f => f.ruleId === 'rds-instance-single-az')?.severity).toBe('info')
  })

  test('the gate: the file’s fail-on over the default, an option over the file', async () => {
    const base = createTempRepo(dir)
    base.commitAll('base')
    writeFileSync(join(dir, 'infra', 'other.tf'), DB.replace('"db"', '"other"'))
    base.commitAll('head')
    configure('version: 1\ngate:\n  fail-on: medium\n')
    expect((await demarc(['scan', '--base', 'HEAD~1'], dir)).code).toBe(1)
    configure('version: 1\ngate:\n  fail-on: never\n')
    expect((await demarc(['scan', '--base', 'HEAD~1'], dir)).code).toBe(0)
    expect((await demarc(['scan', '--base', 'HEAD~1', '--fail-on', 'medium'], dir)).code).toBe(1)
    configure('version: 1\ngate:\n  fail-on: medium\n  fail-on-owner: [aws]\n')
    const ownerGiven = await demarc(['scan', '--base', 'HEAD~1', '--fail-on-owner', 'customer'], dir)
    expect(ownerGiven.stdout).toContain('at medium or above (gated owners: customer)')
  })

  test('paths: the file’s include applies unless --include is given; excludes add up', async () => {
    writeFileSync(join(dir, 'other.tf'), DB.replace('"db"', '"other"'))
    configure('version: 1\npaths:\n  include: [infra]\n')
    expect((await scanJson()).report.findings.every(f => f.file === 'infra/main.tf')).toBe(true)
    expect(
      (await scanJson(['--include', 'other.tf'])).report.findings.every(f => f.file === 'other.tf')
    ).toBe(true)
    configure('version: 1\npaths:\n  exclude: [infra]\n')
    expect((await scanJson(['--exclude', 'other.tf'])).report.findings).toEqual([])
  })

  test('--config reads another file; rule-dirs are read from the repository', async () => {
    mkdirSync(join(dir, 'ci'))
    configure('version: 1\nrule-dirs: [policies]\n', 'ci/demarc.yml')
    mkdirSync(join(dir, 'policies'))
    writeFileSync(join(dir, 'policies', 'rule.yml'), CUSTOM_RULE)
    const { report } = await scanJson(['--config', 'ci/demarc.yml'])
    expect(report.findings.find(f => f.ruleId === 'acme-db-owner-tag-missing')).toMatchObject({
      severity: 'high',
      file: 'infra/main.tf'
    })
  })

  test('owners: the report and the terminal show the override', async () => {
    configure('version: 1\nowners:\n  business-continuity: customer\n')
    const { report } = await scanJson()
    expect(report.rows.find(r => r.row === 'business-continuity')).toMatchObject({
      owner: 'customer',
      ownerOverride: { from: 'aws', file: CONFIG, line: 3 }
    })
    const text = (await demarc(['scan'], dir)).stdout
    expect(text).toContain('business continuity (customer, set by .github/demarc.yml; the matrix says AWS)')
  })
})

describe('ignore, with an expiry date against an injected clock', () => {
  const IGNORE = `version: 1
ignore:
  - rule: ${UNENCRYPTED}
    paths: ['infra/**']
    reason: test fixture
    expires: 2026-01-31
`

  test('before it expires: suppressed, counted, pointing at the entry', async () => {
    configure(IGNORE)
    const { report } = await scanJson([], new Date('2026-01-31T12:00:00Z'))
    expect(report.findings.find(f => f.ruleId === UNENCRYPTED)).toMatchObject({
      suppressed: true,
      suppression: { source: 'config', reason: 'test fixture', file: CONFIG, line: 3 }
    })
    expect(report.errors).toEqual([])
  })

  test('after it: not applied, and reported with the file and line', async () => {
    configure(IGNORE)
    const { report } = await scanJson([], new Date('2026-02-01T00:00:01Z'))
    expect(report.findings.find(f => f.ruleId === UNENCRYPTED)?.suppressed).toBe(false)
    expect(report.errors).toEqual([
      {
        file: CONFIG,
        line: 3,
        message: `ignore entry for rule ${UNENCRYPTED} expired on 2026-01-31: its findings count again; renew the date or fix them`
      }
    ])
  })
})

describe('a change scan reads the working tree’s file', () => {
  let repo: TempRepo

  test('the developer’s own configuration, as it is on disk', async () => {
    repo = createTempRepo(dir)
    repo.remove('infra/main.tf')
    repo.commitAll('base')
    repo.write('infra/main.tf', DB)
    repo.commitAll('head')
    configure(`version: 1\nrules:\n  ${UNENCRYPTED}:\n    enabled: false\n`)
    const result = await demarc(['scan', '--base', 'HEAD~1', '--format', 'json'], dir)
    const report = JSON.parse(result.stdout) as Report
    expect(ids(report)).not.toContain(UNENCRYPTED)
    expect(report.findings.length).toBeGreaterThan(0)
  })
})
