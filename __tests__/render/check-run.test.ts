import { describe, expect, test } from '@jest/globals'
import type { Finding, Report } from '../../src/model.js'
import { checkRunTitle, renderCheckRun } from '../../src/render/check-run.js'
import { GITHUB_LIMITS, utf8Length } from '../../src/render/limits.js'
import { renderMarkdown } from '../../src/render/markdown.js'
import { fixtureReport, largeReport, publicDatabase } from './fixture-report.js'
import { expectGolden } from './golden.js'
import { markdownProblems } from './markdown-checks.js'

function withFindings(findings: Partial<Finding>[], errors: Report['errors'] = []): Report {
  return { ...fixtureReport(), findings: findings.map(f => ({ ...publicDatabase, ...f })), errors }
}

describe('checkRunTitle', () => {
  test('counts new findings by severity, most severe first, and fixed ones', () => {
    const report = withFindings([
      { severity: 'high' },
      { severity: 'critical' },
      { severity: 'high' },
      { status: 'fixed' },
      { status: 'existing' }
    ])
    expect(checkRunTitle(report)).toBe('3 new findings (1 critical, 2 high) · 1 fixed')
  })

  test('no new findings', () => {
    expect(checkRunTitle(withFindings([{ status: 'fixed' }, { status: 'fixed' }]))).toBe(
      'No new findings · 2 fixed'
    )
    expect(checkRunTitle(withFindings([{ status: 'existing' }]))).toBe('No new findings')
  })

  test('names suppressed findings and scan errors', () => {
    const report = withFindings(
      [{ severity: 'medium' }, { severity: 'low', suppressed: true }],
      [{ file: 'a.tf', message: 'x' }]
    )
    expect(checkRunTitle(report)).toBe('2 new findings (1 medium, 1 low; 1 suppressed) · 1 scan error')
  })

  test('one finding is singular', () => {
    expect(checkRunTitle(withFindings([{ severity: 'info' }]))).toBe('1 new finding (1 info)')
  })
})

describe('renderCheckRun', () => {
  test('golden: the summary of the fixture pull request', () => {
    const out = renderCheckRun(fixtureReport(), { fullReport: 'demarc-report.json' })
    expect(out.title).toBe(
      '5 new findings (1 critical, 2 high, 1 medium, 1 low; 1 suppressed) · 1 fixed · 2 scan errors'
    )
    expect(out.text).toBeUndefined()
    expect(markdownProblems(out.summary)).toEqual([])
    expectGolden('check-run-summary.md', out.summary)
  })

  test('a small review is the whole markdown summary', () => {
    const report = fixtureReport()
    expect(renderCheckRun(report, {}).summary).toBe(renderMarkdown(report))
  })

  test('1,200 findings with 70 KB values: within 65,535 bytes, pointing at the job summary and the report', () => {
    const report = largeReport(1_200)
    const { summary, title } = renderCheckRun(report, { fullReport: 'demarc-report.json' })
    expect(utf8Length(summary)).toBeLessThanOrEqual(GITHUB_LIMITS.checkRunSummaryBytes)
    expect(utf8Length(renderMarkdown(report))).toBeGreaterThan(10 * GITHUB_LIMITS.checkRunSummaryBytes)
    expect(markdownProblems(summary)).toEqual([])
    expect(summary).toMatch(
      /^> … \d+ more findings, .* are not shown here \(GitHub's size limit\): see the job summary or the report file `demarc-report\.json`\.$/m
    )
    expect(title).toBe(
      '300 new findings (60 critical, 60 high, 60 medium, 60 low, 60 info) · 300 fixed · 2 scan errors'
    )
  })
})
