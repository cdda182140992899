import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, test } from '@jest/globals'
import type { Files } from '../helpers/scan-texts.js'
import { scanAll, scanTexts } from '../helpers/scan-texts.js'

// A scan takes its units a batch at a time (src/scan.ts) so that only one batch's resources are in memory.
// The report must not depend on where the batches are cut: a batch of one file and one batch of everything
// give the same report, to the byte.

function readTree(root: string): Files {
  const files: Files = {}
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else files[relative(root, path)] = readFileSync(path, 'utf8')
    }
  }
  walk(root)
  return files
}

const demo = { base: readTree('examples/demo/base'), head: readTree('examples/demo/head') }

const bucketModule = [
  'variable "name" {}',
  '# demarc:ignore s3-bucket-versioning-disabled buckets of this module hold rebuildable caches',
  'resource "aws_s3_bucket" "this" {',
  '  bucket = var.name',
  '}',
  'resource "aws_s3_bucket_versioning" "this" {',
  '  bucket = aws_s3_bucket.this.id',
  '  versioning_configuration {',
  '    status = "Suspended"',
  '  }',
  '}'
].join('\n')

const caller = (name: string, extra = '') =>
  [
    'module "cache" {',
    '  source = "../../modules/bucket"',
    `  name   = "${name}"`,
    '}',
    'resource "aws_security_group" "web" {',
    '  ingress {',
    '    from_port   = 22',
    '    to_port     = 22',
    '    protocol    = "tcp"',
    `    cidr_blocks = ["${extra === '' ? '10.0.0.0/8' : '0.0.0.0/0'}"]`,
    '  }',
    '}'
  ].join('\n')

/** Two stacks calling one module whose file carries a suppression, and a change in each. */
const modules = {
  base: {
    'modules/bucket/main.tf': bucketModule,
    'stacks/a/main.tf': caller('a'),
    'stacks/b/main.tf': caller('b', 'open'),
    'stacks/c/main.tf': caller('c', 'open')
  },
  head: {
    'modules/bucket/main.tf': bucketModule.replace('Suspended', 'Disabled'),
    'stacks/a/main.tf': caller('a', 'open'),
    'stacks/b/main.tf': caller('b'),
    'stacks/c/main.tf': caller('c', 'open')
  }
}

describe('batches of units', () => {
  test.each([
    ['the demo pull request', demo],
    ['stacks sharing a module with a suppression in it', modules]
  ])('a change scan of %s gives the same report whatever the batch size', async (_, { base, head }) => {
    const whole = await scanTexts(base, head)
    expect(whole.findings.length).toBeGreaterThan(0)
    for (const batchFiles of [1, 2, 3]) expect(await scanTexts(base, head, { batchFiles })).toEqual(whole)
  })

  test.each([
    ['the demo head', demo.head],
    ['stacks sharing a module', modules.head]
  ])('a whole-tree scan of %s gives the same report whatever the batch size', async (_, files) => {
    const whole = await scanAll(files)
    expect(whole.findings.length).toBeGreaterThan(0)
    for (const batchFiles of [1, 2, 3]) expect(await scanAll(files, { batchFiles })).toEqual(whole)
  })

  test("a module's suppression covers its resources under every caller, in every batch", async () => {
    const report = await scanTexts(modules.base, modules.head, { batchFiles: 1 })
    const versioning = report.findings.filter(f => f.ruleId === 's3-bucket-versioning-disabled')
    expect(versioning.map(f => [f.address, f.suppressed])).toEqual([
      ['module.cache.aws_s3_bucket.this', true],
      ['module.cache.aws_s3_bucket.this', true],
      ['module.cache.aws_s3_bucket.this', true]
    ])
    expect(report.changes.map(c => `${c.file} ${c.address} ${c.change}`)).toContain(
      'stacks/a/main.tf aws_security_group.web modified'
    )
    expect(report.findings.filter(f => f.status === 'fixed').map(f => f.file)).toEqual(['stacks/b/main.tf'])
  })
})
