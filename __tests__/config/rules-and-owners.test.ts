import { describe, expect, test } from '@jest/globals'
import type { Report } from '../../src/model.js'
import {
  renderAnnotations,
  renderMarkdown,
  renderReviewComment,
  renderTerminal
} from '../../src/render/index.js'
import { parseReport } from '../../src/report/read-report.js'
import { CUSTOM_RULE } from './custom-rule.js'
import { CONFIG, scanWithConfig } from './scan-with-config.js'

const BUCKET = `resource "aws_s3_bucket" "logs" {
  bucket = "logs"
}
`
const HEAD = { 'infra/main.tf': BUCKET }
const VERSIONING = 's3-bucket-versioning-disabled'

/** A pull request adding an S3 bucket without versioning, reviewed with this configuration at its base. */
function review(config: string | undefined, extra: Record<string, string> = {}): Promise<Report> {
  const base = { ...extra, ...(config === undefined ? {} : { [CONFIG]: config }) }
  return scanWithConfig(base, { ...base, ...HEAD })
}

const ofRule = (report: Report, id: string) => report.findings.filter(f => f.ruleId === id)

describe('rules: turning a control off, changing its severity', () => {
  test('a control turned off has no findings; the others still run', async () => {
    const before = await review(undefined)
    expect(ofRule(before, VERSIONING)).toHaveLength(1)
    const after = await review(`version: 1\nrules:\n  ${VERSIONING}:\n    enabled: false\n`)
    expect(ofRule(after, VERSIONING)).toEqual([])
    expect(after.findings.map(f => f.ruleId)).toEqual(
      before.findings.map(f => f.ruleId).filter(id => id !== VERSIONING)
    )
  })

  test('an inline demarc:ignore naming a control turned off is not reported as an unknown rule', async () => {
    const config = `version: 1\nrules:\n  ${VERSIONING}:\n    enabled: false\n`
    const base = { [CONFIG]: config }
    const report = await scanWithConfig(base, {
      ...base,
      'infra/main.tf': `# demarc:ignore ${VERSIONING} rebuilt nightly\n${BUCKET}`
    })
    expect(report.errors).toEqual([])
  })

  test('a new severity is the finding’s, and the gate compares that one', async () => {
    const report = await review(`version: 1\nrules:\n  ${VERSIONING}:\n    severity: critical\n`)
    expect(ofRule(report, VERSIONING).map(f => [f.status, f.severity, f.owner])).toEqual([
      ['new', 'critical', 'aws']
    ])
    const gated = await scanWithConfig(
      { [CONFIG]: `version: 1\nrules:\n  ${VERSIONING}:\n    severity: critical\n` },
      { [CONFIG]: `version: 1\nrules:\n  ${VERSIONING}:\n    severity: critical\n`, ...HEAD },
      { given: { owners: ['aws'], failOn: 'critical' } }
    )
    expect(gated.gate).toEqual({
      conclusion: 'failure',
      reason: '1 new finding at critical or above (gated owners: aws)'
    })
  })

  test('the file’s gate applies when no option is given; an option given wins', async () => {
    const config = 'version: 1\ngate:\n  fail-on: never\n'
    const base = { [CONFIG]: config }
    const head = {
      ...base,
      'infra/db.tf': 'resource "aws_db_instance" "db" {\n  storage_encrypted = false\n}\n'
    }
    const fromFile = await scanWithConfig(base, head)
    expect(fromFile.gate).toMatchObject({
      conclusion: 'neutral',
      reason: expect.stringContaining('fail-on is never')
    })
    const given = await scanWithConfig(base, head, { given: { failOn: 'medium' } })
    expect(given.gate.conclusion).toBe('failure')
  })
})

describe('rule-dirs: the repository’s own controls run with the bundled ones', () => {
  test('a custom control reports findings, new and fixed, like a bundled one', async () => {
    const base = {
      [CONFIG]: 'version: 1\nrule-dirs: [policies]\n',
      'policies/owner-tag/rule.yml': CUSTOM_RULE
    }
    const added = await scanWithConfig(base, { ...base, ...HEAD })
    expect(ofRule(added, 'acme-s3-bucket-owner-tag-missing')).toMatchObject([
      { status: 'new', severity: 'medium', row: 'data-protection', owner: 'customer', file: 'infra/main.tf' }
    ])
    const tagged = BUCKET.replace('}', '  tags = { owner = "platform" }\n}')
    const fixed = await scanWithConfig({ ...base, ...HEAD }, { ...base, 'infra/main.tf': tagged })
    expect(ofRule(fixed, 'acme-s3-bucket-owner-tag-missing').map(f => f.status)).toEqual(['fixed'])
  })
})

describe('owners: a row assigned differently, shown as such everywhere', () => {
  const OVERRIDE = 'version: 1\nowners:\n  business-continuity: customer\n'

  test('findings, changes and the footprint use the owner set; the row says it was set, and by what', async () => {
    const report = await review(OVERRIDE)
    expect(ofRule(report, VERSIONING).map(f => f.owner)).toEqual(['customer'])
    expect(report.rows.find(r => r.row === 'business-continuity')).toMatchObject({
      owner: 'customer',
      ownerOverride: { from: 'aws', file: CONFIG, line: 3 }
    })
    expect(report.rows.filter(r => r.ownerOverride !== undefined).map(r => r.row)).toEqual([
      'business-continuity'
    ])
    const change = report.changes.find(c => c.address === 'aws_s3_bucket.logs')
    expect(change?.rows).toContainEqual({ row: 'business-continuity', owner: 'customer' })
  })

  test('the customer’s findings on it now gate by default', async () => {
    const critical = `rules:\n  ${VERSIONING}:\n    severity: critical\n`
    const scanned = (config: string) => {
      const base = { [CONFIG]: config }
      return scanWithConfig(base, { ...base, ...HEAD }, { given: { failOn: 'critical' } })
    }
    // business continuity is AWS's row in the matrix, and AWS is not gated by default
    expect((await scanned(`version: 1\n${critical}`)).gate.conclusion).toBe('neutral')
    expect((await scanned(`${OVERRIDE}${critical}`)).gate).toEqual({
      conclusion: 'failure',
      reason: '1 new finding at critical or above (gated owners: customer, shared)'
    })
  })

  test('an owner equal to the matrix’s is not an override', async () => {
    const report = await review('version: 1\nowners:\n  data-protection: customer\n')
    expect(report.rows.some(r => r.ownerOverride !== undefined)).toBe(false)
  })

  test('the report with an override matches its published schema', async () => {
    const report = await review(OVERRIDE)
    expect(parseReport(JSON.stringify(report), 'report.json').rows).toEqual(report.rows)
  })

  test('the markdown summary shows it in the footprint and on each finding', async () => {
    const markdown = renderMarkdown(await review(OVERRIDE))
    expect(markdown).toContain(
      '| Business continuity management (availability, incident response) | Customer, set by `.github/demarc.yml`; the matrix says AWS |'
    )
    expect(markdown).toMatch(
      /\| business continuity \(Customer, set by `\.github\/demarc\.yml`; the matrix says AWS\) \|/
    )
  })

  test('an override on a row no resource touches is still shown', async () => {
    const markdown = renderMarkdown(await review('version: 1\nowners:\n  database-patching: customer\n'))
    expect(markdown).toContain(
      'database patching (Customer, set by `.github/demarc.yml`; the matrix says AWS)'
    )
  })

  test('the terminal shows it in the footprint and on each finding', async () => {
    const text = renderTerminal(await review(OVERRIDE), { color: false })
    expect(text).toMatch(/ {2}business continuity +customer\* +1 +1 +0 +0\n/)
    expect(text).toContain(
      '  * owner set by the configuration:\n    business continuity (customer, set by .github/demarc.yml; the matrix says AWS)\n'
    )
    expect(text).toContain(
      'Row: business continuity (customer, set by .github/demarc.yml; the matrix says AWS)'
    )
  })

  test('annotations and review comments say it too', async () => {
    const report = await review(OVERRIDE)
    const finding = ofRule(report, VERSIONING)[0]
    if (finding === undefined) throw new Error('no finding')
    const annotation = renderAnnotations(report).find(a => a.title.includes(finding.title))
    expect(annotation?.message).toContain(
      '(owner: you, the customer; set by .github/demarc.yml; the matrix says AWS).'
    )
    expect(renderReviewComment(finding, report)).toContain(
      'The owner is customer, set by `.github/demarc.yml`; the matrix says AWS.'
    )
  })
})
