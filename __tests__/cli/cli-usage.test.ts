import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Report } from '../../src/model.js'
import { isolateGitConfig, makeTempDir, removeTempDirs } from '../helpers/temp-repo.js'
import { demarc } from './run-cli.js'

let restore: () => void
let dir: string

beforeAll(() => {
  restore = isolateGitConfig()
  dir = makeTempDir()
  mkdirSync(join(dir, 'infra'))
  writeFileSync(
    join(dir, 'infra', 'main.tf'),
    'resource "aws_db_instance" "db" {\n  engine            = "postgres"\n  storage_encrypted = false\n}\n'
  )
})

afterAll(() => {
  removeTempDirs()
  restore()
})

describe('demarc scan [path…] (whole tree)', () => {
  test('every finding is existing and nothing gates', async () => {
    const result = await demarc(['scan', 'infra', '--format', 'json'], dir)
    const report = JSON.parse(result.stdout) as Report
    expect(report.scope).toEqual({ base: null, head: null, mode: 'all' })
    expect(report.findings.length).toBeGreaterThan(0)
    expect(report.findings.every(f => f.status === 'existing')).toBe(true)
    expect(report.findings.find(f => f.ruleId === 'rds-storage-unencrypted')?.line).toBe(3)
    expect(report.rows.find(r => r.row === 'database-patching')?.resources).toBe(1)
    expect(result.code).toBe(0)
  })

  test('--output writes the report to a file', async () => {
    const result = await demarc(['scan', '--repo', dir, '--format', 'json', '--output', 'out.json'], dir)
    expect(result.stdout).toBe('')
    const report = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as Report
    expect(report.schemaVersion).toBe(1)
  })
})

describe('usage errors exit 2 with a message naming the problem', () => {
  const cases: [string[], RegExp][] = [
    [[], /missing command/],
    [['lint'], /unknown command 'lint'/],
    [['scan', '--format', 'xml'], /--format must be one of terminal, markdown, json, sarif; got 'xml'/],
    [
      ['scan', '--fail-on', 'severe'],
      /--fail-on must be one of critical, high, medium, low, info, never; got 'severe'/
    ],
    [
      ['scan', '--fail-on-owner', 'customer,me'],
      /--fail-on-owner must be one of customer, aws, shared; got 'me'/
    ],
    [['scan', '--head', 'HEAD'], /--head needs --base/],
    [['scan', '--bogus'], /Unknown option '--bogus'/],
    [['scan', 'x', '--base', 'HEAD'], /paths cannot be combined with --base/],
    [['scan', '--base', 'no-such-ref'], /base ref 'no-such-ref'/],
    [['scan', '../outside'], /outside/]
  ]
  test.each(cases)('demarc %j', async (args, message) => {
    const result = await demarc(args, dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
  })

  test('--help and --version exit 0', async () => {
    expect((await demarc(['--help'], dir)).stdout).toContain('Usage: demarc scan')
    expect((await demarc(['--version'], dir)).stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })
})
