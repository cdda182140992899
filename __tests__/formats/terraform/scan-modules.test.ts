import { describe, expect, test } from '@jest/globals'
import { loadBundledConfig } from '../../../src/config/load-bundled-config.js'
import type { Report } from '../../../src/model.js'
import { DEFAULT_GATE } from '../../../src/report/gate.js'
import { scan } from '../../../src/scan.js'
import { memorySnapshot, scanAll, scanTexts } from '../../helpers/scan-texts.js'

const VOLUME = `variable "encrypted" {
  default = true
}

resource "aws_ebs_volume" "v" {
  encrypted = var.encrypted
}
`

const CALLER = (name: string): string => `module "${name}" {\n  source = "../../modules/volume"\n}\n`

function findings(report: Report): unknown[] {
  return report.findings.map(f => [f.ruleId, f.status, f.file, f.line, f.address])
}

describe('a change inside a module directory', () => {
  const base = {
    'envs/a/main.tf': CALLER('data'),
    'envs/b/main.tf': CALLER('logs'),
    'modules/volume/main.tf': VOLUME
  }
  const head = { ...base, 'modules/volume/main.tf': VOLUME.replace('default = true', 'default = false') }

  test('re-scans every unit that calls it, and shows the change under their addresses', async () => {
    const report = await scanTexts(base, head)
    expect(report.changes.map(c => [c.address, c.change, c.file, c.line, c.attributes])).toEqual([
      ['module.data.aws_ebs_volume.v', 'modified', 'modules/volume/main.tf', 5, ['encrypted']],
      ['module.logs.aws_ebs_volume.v', 'modified', 'modules/volume/main.tf', 5, ['encrypted']]
    ])
    expect(findings(report)).toEqual([
      ['ec2-ebs-volume-unencrypted', 'new', 'modules/volume/main.tf', 6, 'module.data.aws_ebs_volume.v'],
      ['ec2-ebs-volume-unencrypted', 'new', 'modules/volume/main.tf', 6, 'module.logs.aws_ebs_volume.v']
    ])
    expect(report.errors).toEqual([])
  })

  test('a module called by a scanned unit is not reported on its own as well', async () => {
    const report = await scanAll(head)
    expect(report.findings.map(f => f.address)).toEqual([
      'module.data.aws_ebs_volume.v',
      'module.logs.aws_ebs_volume.v'
    ])
    expect(report.rows.find(r => r.row === 'data-protection')?.resources).toBe(2)
  })

  test('a module directory nobody calls is scanned on its own, its variables from their defaults', async () => {
    const alone = { 'modules/volume/main.tf': head['modules/volume/main.tf'] }
    const report = await scanTexts({ 'modules/volume/main.tf': VOLUME }, alone)
    expect(report.changes.map(c => [c.address, c.change])).toEqual([['aws_ebs_volume.v', 'modified']])
    expect(findings(report)).toEqual([
      ['ec2-ebs-volume-unencrypted', 'new', 'modules/volume/main.tf', 6, 'aws_ebs_volume.v']
    ])
  })

  test('a caller that starts calling the module picks up its resources as added', async () => {
    const before = { 'envs/a/main.tf': 'locals {}\n', 'modules/volume/main.tf': VOLUME }
    const after = { ...before, 'envs/a/main.tf': CALLER('data') }
    const report = await scanTexts(before, after)
    expect(report.changes.map(c => [c.address, c.change])).toEqual([
      ['module.data.aws_ebs_volume.v', 'added']
    ])
  })

  test('removing the module directory leaves the callers with an error at the call', async () => {
    const after = { 'envs/a/main.tf': base['envs/a/main.tf'], 'envs/b/main.tf': base['envs/b/main.tf'] }
    const report = await scanTexts(base, after)
    expect(report.changes.map(c => [c.address, c.change])).toEqual([
      ['module.data', 'added'],
      ['module.logs', 'added'],
      ['module.data.aws_ebs_volume.v', 'removed'],
      ['module.logs.aws_ebs_volume.v', 'removed']
    ])
    expect(report.errors.map(e => [e.file, e.line])).toEqual([
      ['envs/a/main.tf', 1],
      ['envs/b/main.tf', 1]
    ])
  })
})

describe('links through module outputs', () => {
  const MODULE = `resource "aws_s3_bucket" "this" {
  bucket = "logs"
}

output "id" {
  value = aws_s3_bucket.this.id
}
`
  const BLOCK = `resource "aws_s3_bucket_public_access_block" "p" {
  bucket                  = module.b.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
`

  test("a resource of the caller that refers to a module's output relates to the module's resource", async () => {
    const withBlock = await scanAll({
      'main.tf': `module "b" {\n  source = "./m"\n}\n${BLOCK}`,
      'm/main.tf': MODULE
    })
    expect(withBlock.findings.map(f => f.ruleId)).not.toContain('s3-bucket-public-access-not-blocked')
    const without = await scanAll({ 'main.tf': 'module "b" {\n  source = "./m"\n}\n', 'm/main.tf': MODULE })
    expect(without.findings.filter(f => f.ruleId === 's3-bucket-public-access-not-blocked')).toMatchObject([
      { address: 'module.b.aws_s3_bucket.this', file: 'm/main.tf', line: 1 }
    ])
  })
})

describe('remote modules', () => {
  test('are listed as skipped; a change to their arguments is a change of a `module`, not an AWS type', async () => {
    const call = (acl: string): string =>
      `module "s3" {\n  source = "terraform-aws-modules/s3-bucket/aws"\n  acl    = "${acl}"\n}\n`
    const report = await scanTexts({ 'main.tf': call('private') }, { 'main.tf': call('public-read') })
    expect(report.skipped).toEqual([
      {
        file: 'main.tf',
        reason: 'module.s3: remote module terraform-aws-modules/s3-bucket/aws (not fetched, not analysed)'
      }
    ])
    expect(report.changes.map(c => [c.address, c.type, c.change, c.attributes, c.category, c.rows])).toEqual([
      ['module.s3', 'module', 'modified', ['acl'], 'unknown', []]
    ])
  })
})

describe('the paths and exclude globs', () => {
  test('a module whose files are all excluded is skipped at the call, not read', async () => {
    const files = {
      'main.tf': 'module "v" {\n  source = "./vendor/volume"\n}\n',
      'vendor/volume/main.tf': VOLUME
    }
    const config = { ...loadBundledConfig(), gate: DEFAULT_GATE, exclude: ['vendor'] }
    const report = await scan({ mode: 'all', head: memorySnapshot(files), revision: null }, config)
    expect(report.skipped).toEqual([
      {
        file: 'main.tf',
        reason:
          'module.v: module vendor/volume: every file of it is left out by the paths/exclude globs (not analysed)'
      }
    ])
    expect(report.errors).toEqual([])
    expect(report.findings).toEqual([])
  })
})
