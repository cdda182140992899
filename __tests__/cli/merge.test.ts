import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Report } from '../../src/model.js'
import { createDemoRepo } from '../bundle/demo-repo.js'
import { isolateGitConfig, makeTempDir, removeTempDirs, type TempRepo } from '../helpers/temp-repo.js'
import { demarc } from './run-cli.js'

// `demarc merge` refuses reports that are not shards of one run, naming the files, and decides the gate
// again with its own --fail-on, --fail-on-owner and configuration file.

let restore: () => void
let demo: { repo: TempRepo; base: string; head: string }
/** Where the shards' reports are written. */
let dir: string

/** Scans the demo pull request (extra options: globs, configuration) into `dir/<name>`; returns the path. */
async function shard(name: string, ...extra: string[]): Promise<string> {
  const run = await demarc(
    ['scan', '--base', demo.base, '--head', demo.head, '--format', 'json', ...extra],
    demo.repo.dir
  )
  expect(run.stderr).toBe('')
  const file = join(dir, name)
  writeFileSync(file, run.stdout)
  return file
}

/** A copy of `file` with `edit` applied to its report. */
function edited(file: string, name: string, edit: (report: Report) => void): string {
  const report = JSON.parse(readFileSync(file, 'utf8')) as Report
  edit(report)
  const target = join(dir, name)
  writeFileSync(target, JSON.stringify(report, null, 2))
  return target
}

let infra: string
let rest: string

beforeAll(async () => {
  restore = isolateGitConfig()
  demo = createDemoRepo()
  dir = makeTempDir('demarc-merge-')
  infra = await shard('infra.json', '--include', 'infra/**')
  rest = await shard('rest.json', '--exclude', 'infra/**')
})

afterAll(() => {
  removeTempDirs()
  restore()
})

describe('demarc merge decides the gate again', () => {
  test('by default as demarc scan: the demo pull request fails, exit 1', async () => {
    const run = await demarc(['merge', infra, rest, '--format', 'json'], dir)
    expect(run.code).toBe(1)
    expect((JSON.parse(run.stdout) as Report).gate.conclusion).toBe('failure')
  })

  test('--fail-on never: neutral, exit 0, whatever the shards decided', async () => {
    const run = await demarc(['merge', '--fail-on', 'never', infra, rest, '--format', 'json'], dir)
    expect(run.code).toBe(0)
    expect((JSON.parse(run.stdout) as Report).gate).toEqual({
      conclusion: 'neutral',
      reason: expect.stringContaining('fail-on is never')
    })
  })

  test('--fail-on-owner aws gates on the one new high finding on a row AWS owns; with --fail-on critical, none', async () => {
    const aws = await demarc(['merge', '--fail-on-owner', 'aws', infra, rest, '--format', 'json'], dir)
    expect((JSON.parse(aws.stdout) as Report).gate.reason).toBe(
      '1 new finding at high or above (gated owners: aws)'
    )
    expect(aws.code).toBe(1)
    const critical = await demarc(
      ['merge', '--fail-on-owner', 'aws', '--fail-on', 'critical', infra, rest],
      dir
    )
    expect(critical.code).toBe(0)
  })

  test("the configuration file's gate, from --config or ./.github/demarc.yml", async () => {
    const config = join(dir, 'gate.yml')
    writeFileSync(config, 'version: 1\ngate:\n  fail-on: never\n')
    const named = await demarc(['merge', '--config', config, infra, rest], dir)
    expect(named.code).toBe(0)
    const cwd = makeTempDir('demarc-merge-cwd-')
    mkdirSync(join(cwd, '.github'))
    writeFileSync(join(cwd, '.github', 'demarc.yml'), 'version: 1\ngate:\n  fail-on: never\n')
    expect((await demarc(['merge', infra, rest], cwd)).code).toBe(0)
    expect((await demarc(['merge', '--fail-on', 'high', infra, rest], cwd)).code).toBe(1)
  })

  test('a configuration file Demarc cannot use: exit 2 naming the key', async () => {
    const config = join(dir, 'bad.yml')
    writeFileSync(config, 'version: 1\ngate:\n  fail-on: severe\n')
    const run = await demarc(['merge', '--config', config, infra, rest], dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/gate\.fail-on/)
  })

  test('--output writes the merged report; terminal is the default format', async () => {
    const run = await demarc(['merge', infra, rest, '--output', 'merged.json', '--format', 'json'], dir)
    expect(run.stdout).toBe('')
    const merged = JSON.parse(readFileSync(join(dir, 'merged.json'), 'utf8')) as Report
    expect(merged.findings.filter(f => f.status === 'new')).toHaveLength(12)
    const terminal = await demarc(['merge', infra, rest, '--no-color'], dir)
    expect(terminal.stdout).toContain('infra/database/main.tf:9')
    expect(terminal.stdout).toContain('templates/exports.yaml:20')
  })
})

describe('demarc merge refuses reports that are not shards of one run: exit 2, naming the files', () => {
  test('a different head commit', async () => {
    const other = await demarc(
      ['scan', '--base', demo.base, '--head', demo.base, '--format', 'json'],
      demo.repo.dir
    )
    const file = join(dir, 'other-head.json')
    writeFileSync(file, other.stdout)
    const run = await demarc(['merge', infra, file], dir)
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain(
      `cannot merge the reports: ${infra} covers the changes from ${demo.base} to ${demo.head}, but ${file} covers the changes from ${demo.base} to ${demo.base}`
    )
  })

  test('a whole-tree report with a change report', async () => {
    const tree = edited(rest, 'tree.json', r => {
      r.scope = { base: null, head: demo.head, mode: 'all' }
    })
    const run = await demarc(['merge', infra, tree], dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`but ${tree} covers the whole tree of ${demo.head}`)
  })

  test('another Demarc version', async () => {
    const old = edited(rest, 'old.json', r => {
      r.tool.version = '0.0.9'
    })
    const run = await demarc(['merge', infra, old], dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`${infra} and ${old} were written by Demarc`)
    expect(run.stderr).toContain('and 0.0.9; run every shard with the same version')
  })

  test('another configuration: a row given to another owner', async () => {
    const config = join(dir, 'owners.yml')
    writeFileSync(config, 'version: 1\nowners:\n  business-continuity: customer\n')
    const owned = await shard('owned.json', '--exclude', 'infra/**', '--config', config)
    const run = await demarc(['merge', infra, owned], dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      `${infra} and ${owned} disagree on the responsibility matrix (row 'business-continuity' is owned by aws in ${infra} and by customer in ${owned})`
    )
  })

  test('another configuration: the same finding graded differently', async () => {
    const config = join(dir, 'rules.yml')
    writeFileSync(config, 'version: 1\nrules:\n  rds-publicly-accessible: { severity: low }\n')
    const graded = await shard('graded.json', '--include', 'infra/database/**', '--config', config)
    const run = await demarc(['merge', infra, graded], dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      `${infra} and ${graded} describe finding rds-publicly-accessible on aws_db_instance.orders in infra/database/main.tf differently`
    )
  })

  test('a file that is not JSON', async () => {
    const file = join(dir, 'broken.json')
    writeFileSync(file, '{"schemaVersion": 1, ')
    const run = await demarc(['merge', infra, file], dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`${file} is not a valid Demarc report:\n  (top level): not JSON`)
  })

  test('a report that does not match the schema, naming the field', async () => {
    const file = edited(infra, 'invalid.json', r => {
      ;(r.findings[0] as unknown as Record<string, unknown>).line = 'x'
    })
    const run = await demarc(['merge', file, rest], dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      `${file} is not a valid Demarc report:\n  findings[0].line: expected integer; found "x"`
    )
  })

  test('another schema version', async () => {
    const file = edited(infra, 'v2.json', r => {
      ;(r as unknown as Record<string, unknown>).schemaVersion = 2
    })
    const run = await demarc(['merge', infra, file], dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      `${file} is not a valid Demarc report:\n  schemaVersion: expected 1; found 2`
    )
  })

  test('a file that is not there', async () => {
    const run = await demarc(['merge', infra, 'missing.json'], dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('cannot read the report missing.json: ENOENT')
  })

  test('no report at all, or an option that chooses what to scan: usage', async () => {
    const none = await demarc(['merge', '--format', 'json'], dir)
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('demarc merge needs the report files to merge')
    expect(none.stderr).toContain('Usage: demarc scan')
    const scanOption = await demarc(['merge', '--base', demo.base, infra], dir)
    expect(scanOption.code).toBe(2)
    expect(scanOption.stderr).toContain('--base does not apply to demarc merge')
    const format = await demarc(['merge', '--format', 'xml', infra], dir)
    expect(format.stderr).toContain("--format must be one of terminal, markdown, json, sarif; got 'xml'")
  })
})

describe('one report, merged alone', () => {
  test('is the report, with the gate decided again', async () => {
    const run = await demarc(['merge', infra, infra, '--format', 'json'], dir)
    expect(run.stdout).toBe(readFileSync(infra, 'utf8'))
    expect(run.code).toBe(1)
  })
})
