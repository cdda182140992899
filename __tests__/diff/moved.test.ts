import { describe, expect, test } from '@jest/globals'
import type { Report } from '../../src/model.js'
import { scanTexts } from '../helpers/scan-texts.js'

const volume = (name: string, extra = ''): string =>
  `resource "aws_ebs_volume" "${name}" {\n  encrypted = false\n${extra}}\n`
const MOVED = 'moved {\n  from = aws_ebs_volume.a\n  to   = aws_ebs_volume.b\n}\n'

function summary(report: Report): unknown {
  return {
    changes: report.changes.map(c => [c.address, c.change, c.attributes]),
    findings: report.findings.map(f => [f.ruleId, f.status, f.address, f.line])
  }
}

describe('moved blocks in the diff', () => {
  test('a rename declared with moved and no other edit is no change, and its findings stay existing', async () => {
    const report = await scanTexts({ 'main.tf': volume('a') }, { 'main.tf': volume('b') + MOVED })
    expect(summary(report)).toEqual({
      changes: [],
      findings: [['ec2-ebs-volume-unencrypted', 'existing', 'aws_ebs_volume.b', 2]]
    })
  })

  test('a rename with an edit is one modified resource', async () => {
    const report = await scanTexts(
      { 'main.tf': volume('a') },
      { 'main.tf': volume('b', '  size = 10\n') + MOVED }
    )
    expect(summary(report)).toEqual({
      changes: [['aws_ebs_volume.b', 'modified', ['size']]],
      findings: [['ec2-ebs-volume-unencrypted', 'existing', 'aws_ebs_volume.b', 2]]
    })
  })

  test('without moved, the same rename is a removal and an addition, and the finding new and fixed', async () => {
    const report = await scanTexts({ 'main.tf': volume('a') }, { 'main.tf': volume('b') })
    expect(summary(report)).toEqual({
      changes: [
        ['aws_ebs_volume.b', 'added', []],
        ['aws_ebs_volume.a', 'removed', []]
      ],
      findings: [
        ['ec2-ebs-volume-unencrypted', 'new', 'aws_ebs_volume.b', 2],
        ['ec2-ebs-volume-unencrypted', 'fixed', 'aws_ebs_volume.a', 2]
      ]
    })
  })

  test('a moved block in another file of the unit counts too', async () => {
    const report = await scanTexts({ 'main.tf': volume('a') }, { 'main.tf': volume('b'), 'moves.tf': MOVED })
    expect(summary(report)).toEqual({
      changes: [],
      findings: [['ec2-ebs-volume-unencrypted', 'existing', 'aws_ebs_volume.b', 2]]
    })
  })

  test('a module call renamed with moved keeps every resource of the module', async () => {
    const call = (name: string): string => `module "${name}" {\n  source = "./volume"\n}\n`
    const files = { 'volume/main.tf': volume('v') }
    const report = await scanTexts(
      { ...files, 'main.tf': call('old') },
      { ...files, 'main.tf': `${call('new')}moved {\n  from = module.old\n  to   = module.new\n}\n` }
    )
    expect(summary(report)).toEqual({
      changes: [],
      findings: [['ec2-ebs-volume-unencrypted', 'existing', 'module.new.aws_ebs_volume.v', 2]]
    })
  })
})
