import { describe, expect, test } from '@jest/globals'
import type { Report } from '../../src/model.js'
import { renderJobSummary } from '../../src/render/job-summary.js'
import { GITHUB_LIMITS, utf8Length } from '../../src/render/limits.js'
import { renderMarkdown } from '../../src/render/markdown.js'
import { renderStickyComment, SUMMARY_MARKER } from '../../src/render/sticky-comment.js'
import { fixtureReport, largeReport } from './fixture-report.js'
import { expectGolden } from './golden.js'
import { markdownProblems } from './markdown-checks.js'

const rowsShown = (markdown: string) =>
  markdown.split('\n').filter(l => /^\| (critical|high|medium|low|info) \|/.test(l)).length

describe('renderStickyComment', () => {
  test('golden: the fixture pull request', () => {
    const body = renderStickyComment(fixtureReport(), { fullReport: 'demarc-report.json' })
    expect(markdownProblems(body)).toEqual([])
    expectGolden('sticky-comment.md', body)
  })

  test('starts with the marker, followed by the review', () => {
    const report = fixtureReport()
    expect(renderStickyComment(report, {})).toBe(`${SUMMARY_MARKER}\n${renderMarkdown(report)}`)
  })

  test('1,200 findings with 70 KB values: within 65,536 bytes, marker included', () => {
    const body = renderStickyComment(largeReport(1_200), {})
    expect(utf8Length(body)).toBeLessThanOrEqual(GITHUB_LIMITS.commentBodyBytes)
    expect(utf8Length(body)).toBeGreaterThan(GITHUB_LIMITS.commentBodyBytes - 2_000)
    expect(body.startsWith(`${SUMMARY_MARKER}\n## `)).toBe(true)
    expect(markdownProblems(body)).toEqual([])
    expect(body).toMatch(/are not shown here \(GitHub's size limit\): see this run's job summary\.$/m)
  })

  test('a finding that quotes the marker does not repeat it outside code', () => {
    const report = fixtureReport()
    const body = renderStickyComment(report, {})
    // The hostile finding quotes the marker; only the first line is ours.
    expect(body.indexOf(SUMMARY_MARKER)).toBe(0)
    expect(body.slice(1)).not.toContain(SUMMARY_MARKER)
  })
})

describe('renderJobSummary', () => {
  test('holds 1,200 findings in full', () => {
    const report = largeReport(1_200)
    const out = renderJobSummary(report, { fullReport: 'demarc-report.json' })
    expect(out).toBe(renderMarkdown(report))
    expect(rowsShown(out)).toBe(1_200)
  })

  test('5,000 findings with 70 KB values: within 1 MiB, pointing at the report file', () => {
    const report = largeReport(5_000)
    const out = renderJobSummary(report, { fullReport: 'demarc-report.json' })
    expect(utf8Length(out)).toBeLessThanOrEqual(GITHUB_LIMITS.jobSummaryBytes)
    expect(utf8Length(out)).toBeGreaterThan(GITHUB_LIMITS.jobSummaryBytes - 2_000)
    expect(markdownProblems(out)).toEqual([])
    const missing = report.findings.length - rowsShown(out)
    expect(missing).toBeGreaterThan(0)
    expect(out).toMatch(
      new RegExp(
        `^> … ${missing} more findings.* not shown here \\(GitHub's size limit\\): see the report file \`demarc-report\\.json\`\\.$`,
        'm'
      )
    )
  })

  test('without a report file, says how to keep one', () => {
    const out = renderJobSummary(largeReport(5_000), {})
    expect(out).toMatch(
      /not shown here \(GitHub's size limit\): set the action's `report-file` input to keep the full report\.$/m
    )
  })

  test('the escaping holds in the job summary too', () => {
    const report: Report = fixtureReport()
    expect(markdownProblems(renderJobSummary(report, {}))).toEqual([])
  })
})
