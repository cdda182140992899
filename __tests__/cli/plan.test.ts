import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Report } from '../../src/model.js'
import {
  createTempRepo,
  isolateGitConfig,
  makeTempDir,
  removeTempDirs,
  type TempRepo
} from '../helpers/temp-repo.js'
import { demarc } from './run-cli.js'

const TF = 'resource "aws_ebs_volume" "v" {\n  size      = 10\n  encrypted = var.encrypted\n}\n'

function plan(before: unknown, after: unknown): string {
  const change = { actions: before === null ? ['create'] : ['update'], before, after, after_unknown: {} }
  const entry = { address: 'aws_ebs_volume.v', mode: 'managed', type: 'aws_ebs_volume', name: 'v', change }
  return JSON.stringify({ format_version: '1.2', resource_changes: [entry] }, null, 2)
}

let restore: () => void
let dir: string

beforeAll(() => {
  restore = isolateGitConfig()
  dir = makeTempDir()
  mkdirSync(join(dir, 'infra'))
  writeFileSync(join(dir, 'infra', 'main.tf'), TF)
  writeFileSync(join(dir, 'infra', 'plan.json'), plan(null, { size: 10, encrypted: false }))
  writeFileSync(join(dir, 'state.json'), '{"format_version": "1.0", "values": {"root_module": {}}}')
  writeFileSync(join(dir, 'broken.json'), '{"format_version": "1.2", "resource_changes": [')
})

afterAll(() => {
  removeTempDirs()
  restore()
})

describe('demarc scan --plan', () => {
  test("the plan's values decide, and findings point at the .tf lines", async () => {
    const result = await demarc(['scan', '--plan', 'infra/plan.json', '--format', 'json'], dir)
    expect(result.stderr).toBe('')
    const report = JSON.parse(result.stdout) as Report
    expect(report.findings.map(f => [f.ruleId, f.status, f.file, f.line])).toEqual([
      ['ec2-ebs-volume-unencrypted', 'existing', 'infra/main.tf', 3]
    ])
    expect(result.code).toBe(0)
  })

  test.each([
    [
      'broken.json',
      "demarc: --plan broken.json: expected Terraform plan JSON (the output of 'terraform show -json <planfile>'), found invalid JSON at line 1: expected a JSON value, found the end of the file\n"
    ],
    [
      'state.json',
      "demarc: --plan state.json: expected Terraform plan JSON (the output of 'terraform show -json <planfile>'), found an object without 'resource_changes' or 'planned_values' (a state file, not a plan?)\n"
    ],
    ['missing.json', 'demarc: --plan missing.json: cannot read the plan: no such file\n']
  ])('a plan that cannot be used (%s) is a usage error: exit 2, naming the file', async (file, message) => {
    const result = await demarc(['scan', '--plan', file], dir)
    expect(result).toEqual({ code: 2, stdout: '', stderr: message })
  })
})

describe('demarc scan --base --head --plan', () => {
  let repo: TempRepo
  let base: string
  let head: string

  beforeAll(() => {
    repo = createTempRepo()
    repo.write('infra/main.tf', TF)
    base = repo.commitAll('base')
    repo.write('infra/main.tf', `# the volume\n${TF}`)
    head = repo.commitAll('head')
    repo.write('plan.json', plan({ size: 10, encrypted: true }, { size: 10, encrypted: false }))
  })

  test('the plan is the source of truth for the change and the finding, placed on head lines', async () => {
    const args = [
      'scan',
      '--base',
      base,
      '--head',
      head,
      '--plan',
      'plan.json',
      '--format',
      'json',
      '--fail-on',
      'medium'
    ]
    const result = await demarc(args, repo.dir)
    const report = JSON.parse(result.stdout) as Report
    expect(report.changes.map(c => [c.address, c.change, c.attributes, c.file, c.line])).toEqual([
      ['aws_ebs_volume.v', 'modified', ['encrypted'], 'infra/main.tf', 2]
    ])
    expect(report.findings.map(f => [f.ruleId, f.status, f.file, f.line])).toEqual([
      ['ec2-ebs-volume-unencrypted', 'new', 'infra/main.tf', 4]
    ])
    expect(result.code).toBe(1)
  })
})
