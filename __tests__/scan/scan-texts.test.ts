import { describe, expect, test } from '@jest/globals'
import { scanTexts } from '../helpers/scan-texts.js'

describe('scanTexts (the in-memory pipeline the format tests use)', () => {
  test('a Terraform change goes through parse, rules, diff and report', async () => {
    const base = { 'main.tf': 'resource "aws_ebs_volume" "v" {\n  encrypted = true\n}\n' }
    const head = { 'main.tf': 'resource "aws_ebs_volume" "v" {\n  encrypted = false\n}\n' }
    const report = await scanTexts(base, head)
    expect(report.changes.map(c => [c.address, c.change, c.attributes])).toEqual([
      ['aws_ebs_volume.v', 'modified', ['encrypted']]
    ])
    expect(report.findings.map(f => [f.ruleId, f.status, f.line])).toEqual([
      ['ec2-ebs-volume-unencrypted', 'new', 2]
    ])
  })
})
