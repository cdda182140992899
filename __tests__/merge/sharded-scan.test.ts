import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Report } from '../../src/model.js'
import { createDemoRepo } from '../bundle/demo-repo.js'
import { demarc } from '../cli/run-cli.js'
import {
  createTempRepo,
  isolateGitConfig,
  makeTempDir,
  removeTempDirs,
  type TempRepo
} from '../helpers/temp-repo.js'

// A repository scanned in shards (--include globs, as the action's `paths`), the shards' reports merged with
// `demarc merge`, must give what one scan of everything gives: the same JSON report byte for byte, the same
// markdown review and the same SARIF log, whether the shards are disjoint or overlap.

let restore: () => void
let demo: { repo: TempRepo; base: string; head: string }
let mono: { repo: TempRepo; base: string; head: string }

const FORMATS = ['json', 'markdown', 'sarif'] as const
type Outputs = Record<(typeof FORMATS)[number], string>

/** Terraform roots calling one module under the same name, a remote module, a broken file, a value no one can settle. */
function createMonorepo(): { repo: TempRepo; base: string; head: string } {
  const repo = createTempRepo()
  const bucket = (acl: string) =>
    [
      'variable "name" {}',
      '',
      'resource "aws_s3_bucket_acl" "this" {',
      '  bucket = var.name',
      `  acl    = "${acl}"`,
      '}',
      ''
    ].join('\n')
  const root = (env: string) =>
    [
      'module "logs" {',
      '  source = "../../modules/logs"',
      `  name   = "${env}-logs"`,
      '}',
      '',
      'module "vpc" {',
      '  source = "terraform-aws-modules/vpc/aws"',
      '}',
      ''
    ].join('\n')
  const database = (publicly: string) =>
    [
      'variable "encrypted" {}',
      '',
      'resource "aws_db_instance" "main" {',
      '  engine              = "postgres"',
      '  instance_class      = "db.t3.micro"',
      '  storage_encrypted   = var.encrypted',
      `  publicly_accessible = ${publicly}`,
      '}',
      ''
    ].join('\n')
  repo.write('modules/logs/main.tf', bucket('private'))
  repo.write('envs/dev/main.tf', root('dev'))
  repo.write('envs/prod/main.tf', root('prod'))
  repo.write('envs/prod/database.tf', database('false'))
  repo.write(
    'k8s/app.yaml',
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  containers:\n    - name: app\n      image: app:1.0\n'
  )
  const base = repo.commitAll('base')
  repo.write('modules/logs/main.tf', bucket('public-read'))
  repo.write('envs/dev/main.tf', `${root('dev')}# touched\n`)
  repo.write('envs/prod/database.tf', database('true'))
  repo.write('envs/staging/main.tf', 'resource "aws_s3_bucket" "x" {\n  bucket = \n')
  repo.write(
    'k8s/app.yaml',
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  containers:\n    - name: app\n      image: app:latest\n      securityContext:\n        privileged: true\n'
  )
  const head = repo.commitAll('head')
  return { repo, base, head }
}

beforeAll(() => {
  restore = isolateGitConfig()
  demo = createDemoRepo()
  mono = createMonorepo()
})

afterAll(() => {
  removeTempDirs()
  restore()
})

/** One scan, in every format compared. */
async function scanOnce(dir: string, args: string[]): Promise<Outputs> {
  const outputs = {} as Outputs
  for (const format of FORMATS) {
    const run = await demarc(['scan', ...args, '--format', format], dir)
    expect(run.stderr).toBe('')
    outputs[format] = run.stdout
  }
  return outputs
}

/** Each shard scanned to a JSON report (as the action's report-file), then the reports merged, in every format. */
async function scanInShards(
  dir: string,
  args: string[],
  shards: string[][],
  mergeArgs: string[] = []
): Promise<Outputs & { code: number }> {
  const reports = makeTempDir('demarc-shards-')
  const files: string[] = []
  for (const [i, globs] of shards.entries()) {
    const run = await demarc(
      ['scan', ...args, ...globs.flatMap(g => ['--include', g]), '--format', 'json'],
      dir
    )
    expect(run.stderr).toBe('')
    const file = join(reports, `shard-${i + 1}.json`)
    writeFileSync(file, run.stdout)
    files.push(file)
  }
  const outputs = { code: -1 } as Outputs & { code: number }
  for (const format of FORMATS) {
    const run = await demarc(['merge', ...mergeArgs, ...files, '--format', format], dir)
    expect(run.stderr).toBe('')
    outputs[format] = run.stdout
    outputs.code = run.code
  }
  return outputs
}

function expectSameOutputs(merged: Outputs, whole: Outputs): void {
  expect(JSON.parse(merged.json)).toEqual(JSON.parse(whole.json))
  expect(merged.json).toBe(whole.json)
  expect(merged.markdown).toBe(whole.markdown)
  expect(merged.sarif).toBe(whole.sarif)
}

describe('the demo pull request in shards, merged, is the demo pull request', () => {
  let whole: Outputs
  beforeAll(async () => {
    whole = await scanOnce(demo.repo.dir, ['--base', demo.base, '--head', demo.head])
  })

  test('the unsharded scan has something in every list the shards must unite', () => {
    const report = JSON.parse(whole.json) as Report
    expect(report.changes.length).toBeGreaterThan(10)
    expect(report.findings.length).toBeGreaterThan(12)
    expect(report.shifts.length).toBeGreaterThan(0)
    expect(new Set(report.findings.map(f => f.format)).size).toBe(5)
  })

  const cases: [string, string[][]][] = [
    ['three disjoint shards', [['infra/**'], ['app/**', 'deploy/**'], ['templates/**']]],
    ['two shards by file type', [['**/*.tf'], ['**/*.yaml', 'app/**']]],
    [
      'overlapping shards',
      [
        ['infra/**', 'app/**'],
        ['app/**', 'deploy/**', 'templates/**'],
        ['infra/database/**', 'templates/**']
      ]
    ],
    ['a shard that is everything, and another', [['**'], ['infra/network/**']]]
  ]
  test.each(cases)('%s', async (_name, shards) => {
    const merged = await scanInShards(demo.repo.dir, ['--base', demo.base, '--head', demo.head], shards)
    expectSameOutputs(merged, whole)
    expect(merged.code).toBe(1)
  })

  test('a shard the glob leaves out is missing from the merge', async () => {
    const merged = await scanInShards(
      demo.repo.dir,
      ['--base', demo.base, '--head', demo.head],
      [['infra/**'], ['app/**']]
    )
    const report = JSON.parse(merged.json) as Report
    expect(report.findings.some(f => f.file.startsWith('templates/'))).toBe(false)
    expect(merged.json).not.toBe(whole.json)
  })
})

describe('Terraform roots calling one module under one name, in shards by root', () => {
  let whole: Outputs
  const range = () => ['--base', mono.base, '--head', mono.head]

  beforeAll(async () => {
    whole = await scanOnce(mono.repo.dir, range())
  })

  test('the unsharded scan lists the module change once per root, alike but for the fingerprint', () => {
    const report = JSON.parse(whole.json) as Report
    const module = report.changes.filter(c => c.address === 'module.logs.aws_s3_bucket_acl.this')
    expect(module).toHaveLength(2)
    const { fingerprint: a, ...first } = module[0] as Report['changes'][number]
    const { fingerprint: b, ...second } = module[1] as Report['changes'][number]
    expect(first).toEqual(second)
    expect(a).not.toBe(b)
    expect(report.unknown.length).toBeGreaterThan(0)
    expect(report.errors.map(e => e.file)).toContain('envs/staging/main.tf')
    expect(report.skipped.length).toBeGreaterThan(0)
  })

  const cases: [string, string[][]][] = [
    [
      'one shard per root, the modules in each',
      [['envs/dev/**', 'modules/**'], ['envs/prod/**', 'envs/staging/**', 'modules/**'], ['k8s/**']]
    ],
    [
      'overlapping roots',
      [
        ['envs/**', 'modules/**'],
        ['envs/prod/**', 'modules/**', 'k8s/**']
      ]
    ]
  ]
  test.each(cases)('%s', async (_name, shards) => {
    expectSameOutputs(await scanInShards(mono.repo.dir, range(), shards), whole)
  })
})

describe('whole-tree scans in shards', () => {
  let whole: Outputs
  beforeAll(async () => {
    whole = await scanOnce(demo.repo.dir, [])
  })

  test('disjoint shards merge into the whole tree', async () => {
    const merged = await scanInShards(
      demo.repo.dir,
      [],
      [
        ['infra/**', 'app/**'],
        ['deploy/**', 'templates/**']
      ]
    )
    expectSameOutputs(merged, whole)
    expect(merged.code).toBe(0)
  })

  test('overlapping shards: everything once, but the footprint adds up the resources both shards hold', async () => {
    const merged = await scanInShards(
      demo.repo.dir,
      [],
      [
        ['infra/**', 'app/**'],
        ['app/**', 'deploy/**', 'templates/**']
      ]
    )
    const report = JSON.parse(merged.json) as Report
    const one = JSON.parse(whole.json) as Report
    expect(report.findings).toEqual(one.findings)
    expect({ ...report, rows: [] }).toEqual({ ...one, rows: [] })
    const app = JSON.parse((await scanOnce(demo.repo.dir, ['--include', 'app/**'])).json) as Report
    expect(report.rows.map(r => r.resources)).toEqual(
      one.rows.map((r, i) => r.resources + (app.rows[i] as Report['rows'][number]).resources)
    )
  })
})
