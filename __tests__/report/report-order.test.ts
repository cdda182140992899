import { describe, expect, test } from '@jest/globals'
import type { Report } from '../../src/model.js'
import {
  compareChanges,
  compareErrors,
  compareFindings,
  compareShifts,
  compareSkipped,
  compareUnknown
} from '../../src/report/report-order.js'
import { scanTexts } from '../helpers/scan-texts.js'

const COMPARE: { [K in keyof Report]?: (a: never, b: never) => number } = {
  changes: compareChanges,
  findings: compareFindings,
  shifts: compareShifts,
  unknown: compareUnknown,
  errors: compareErrors,
  skipped: compareSkipped
}

/** A deterministic shuffle: the list reversed, then its halves swapped. */
function shuffled<T>(items: readonly T[]): T[] {
  const reversed = [...items].reverse()
  const half = Math.floor(reversed.length / 2)
  return [...reversed.slice(half), ...reversed.slice(0, half)]
}

describe('report order', () => {
  let report: Report
  test('a scan lists every list sorted, and the order is total: any arrangement sorts back to it', async () => {
    const db = (publicly: string) =>
      `variable "enc" {}\nresource "aws_db_instance" "a" {\n  engine = "postgres"\n  storage_encrypted = var.enc\n  publicly_accessible = ${publicly}\n  auto_minor_version_upgrade = ${publicly === 'true' ? 'false' : 'true'}\n}\nresource "aws_db_instance" "b" {\n  engine = "postgres"\n  storage_encrypted = var.enc\n  publicly_accessible = ${publicly}\n}\n`
    report = await scanTexts(
      { 'b/main.tf': db('false'), 'a/main.tf': db('false') },
      {
        'b/main.tf': db('true'),
        'a/main.tf': db('true'),
        'c/main.tf': 'resource "x" {\n',
        'c/other.tf': 'resource "y" {\n'
      }
    )
    for (const [list, compare] of Object.entries(COMPARE)) {
      const items = report[list as keyof Report] as never[]
      expect([list, shuffled(items).sort(compare)]).toEqual([list, items])
    }
    expect(report.findings.length).toBeGreaterThan(4)
    expect(report.unknown.length).toBeGreaterThan(2)
    expect(report.errors.length).toBe(2)
    expect(report.shifts.length).toBeGreaterThan(1)
    expect(report.changes.map(c => `${c.file} ${c.address}`)).toEqual([
      'a/main.tf aws_db_instance.a',
      'a/main.tf aws_db_instance.b',
      'b/main.tf aws_db_instance.a',
      'b/main.tf aws_db_instance.b'
    ])
  })

  test('changes and unsettled checks carry a fingerprint, distinct within the report', () => {
    for (const list of [report.changes, report.unknown]) {
      const fingerprints = list.map(item => item.fingerprint)
      expect(fingerprints.every(f => typeof f === 'string' && /^[0-9a-f]{24}$/.test(f))).toBe(true)
      expect(new Set(fingerprints).size).toBe(list.length)
    }
  })
})
