import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readRuleFiles } from '../../src/engine/index.js'

describe('readRuleFiles', () => {
  let root = ''
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'demarc-rules-'))
    const write = (path: string, text: string) => {
      mkdirSync(join(root, path, '..'), { recursive: true })
      writeFileSync(join(root, path), text)
    }
    write('rules/controls/s3/s3-b/rule.yml', 'b')
    write('rules/controls/s3/s3-a/rule.yml', 'a')
    write('rules/controls/s3/s3-a/test/rule.yml.bak', 'not a rule')
    write('rules/controls/ec2/ec2-c/rule.yml', 'c')
    write('outside/x/rule.yml', 'outside')
    symlinkSync(join(root, 'outside'), join(root, 'rules/controls/linked'))
    symlinkSync(join(root, 'outside/x/rule.yml'), join(root, 'rules/controls/s3/s3-b/other.yml'))
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  test('finds every rule.yml, sorted, named from the root with forward slashes, not following links', () => {
    expect(readRuleFiles(join(root, 'rules', 'controls'), root)).toEqual([
      { file: 'rules/controls/ec2/ec2-c/rule.yml', text: 'c' },
      { file: 'rules/controls/s3/s3-a/rule.yml', text: 'a' },
      { file: 'rules/controls/s3/s3-b/rule.yml', text: 'b' }
    ])
  })
})
