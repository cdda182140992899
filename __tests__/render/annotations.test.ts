import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, test } from '@jest/globals'
import { Ajv } from 'ajv'
import type { Finding, Report } from '../../src/model.js'
import { batches, renderAnnotations } from '../../src/render/annotations.js'
import { GITHUB_LIMITS, utf8Length } from '../../src/render/limits.js'
import { fixtureReport, largeReport, publicDatabase } from './fixture-report.js'
import { expectGolden } from './golden.js'

/** The request body schema GitHub publishes for "Update a check run", to hold our annotations against. */
function updateCheckRunSchema(): object {
  const require = createRequire(import.meta.url)
  const api = JSON.parse(
    readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.deref.json'), 'utf8')
  ) as {
    paths: Record<string, Record<string, { requestBody: { content: Record<string, { schema: object }> } }>>
  }
  const body = api.paths['/repos/{owner}/{repo}/check-runs/{check_run_id}']?.patch?.requestBody.content[
    'application/json'
  ]?.schema as { anyOf?: object[]; properties: { output: object } }
  return body.properties.output
}

function withFindings(findings: Partial<Finding>[], errors: Report['errors'] = []): Report {
  return { ...fixtureReport(), findings: findings.map(f => ({ ...publicDatabase, ...f })), errors }
}

describe('renderAnnotations', () => {
  test('golden: the fixture pull request', () => {
    expectGolden('annotations.json', `${JSON.stringify(renderAnnotations(fixtureReport()), null, 2)}\n`)
  })

  test('one per new finding, none for fixed or existing ones, one warning per scan error', () => {
    const report = withFindings(
      [{ status: 'new' }, { status: 'fixed' }, { status: 'existing' }],
      [
        { file: 'bad.tf', line: 4, message: 'Unexpected "}"' },
        { file: 'big.tf', message: 'too large' }
      ]
    )
    const out = renderAnnotations(report)
    expect(out.map(a => [a.path, a.start_line, a.annotation_level, a.title])).toEqual([
      ['bad.tf', 4, 'warning', 'Demarc could not scan this file'],
      ['big.tf', 1, 'warning', 'Demarc could not scan this file'],
      ['infra/database/main.tf', 9, 'failure', 'Critical: RDS database instance is publicly accessible']
    ])
  })

  test('levels follow severity; a suppressed finding is a notice', () => {
    const levels = (['critical', 'high', 'medium', 'low', 'info'] as const).map(
      severity => renderAnnotations(withFindings([{ severity }]))[0]?.annotation_level
    )
    expect(levels).toEqual(['failure', 'failure', 'warning', 'notice', 'notice'])
    const suppressed = renderAnnotations(withFindings([{ severity: 'critical', suppressed: true }]))[0]
    expect(suppressed).toMatchObject({
      annotation_level: 'notice',
      title: 'Critical: RDS database instance is publicly accessible (suppressed)'
    })
  })

  test('message names the row and its owner; details hold why and how', () => {
    const [a] = renderAnnotations(withFindings([{ owner: 'aws', row: 'database-patching' }]))
    expect(a?.message).toBe(
      'aws_db_instance.orders: `publicly_accessible` is true.\nResponsibility: Database patching (owner: AWS, but this setting is still yours).'
    )
    expect(a?.raw_details).toContain('Why it matters: With `publicly_accessible = true`')
    expect(a?.raw_details).toContain('How to fix: Set `publicly_accessible = false`')
    expect(a?.raw_details).toContain('Rule: rds-publicly-accessible (AWS FSBP RDS.2, CIS AWS 3.0 2.3.3)')
  })

  test('sorted by file, line and level whatever the report order', () => {
    const findings: Partial<Finding>[] = [
      { file: 'b.tf', line: 2, severity: 'low' },
      { file: 'a.tf', line: 9, severity: 'low' },
      { file: 'b.tf', line: 2, severity: 'critical' },
      { file: 'a.tf', line: 3, severity: 'medium' }
    ]
    const forward = renderAnnotations(withFindings(findings))
    const backward = renderAnnotations(withFindings([...findings].reverse()))
    expect(backward).toEqual(forward)
    expect(forward.map(a => `${a.path}:${a.start_line}:${a.annotation_level}`)).toEqual([
      'a.tf:3:warning',
      'a.tf:9:notice',
      'b.tf:2:failure',
      'b.tf:2:notice'
    ])
  })

  test('every batch is a valid check-run update for GitHub, also with 1,200 findings and 70 KB values', () => {
    const ajv = new Ajv({ strict: false, allErrors: true })
    const validate = ajv.compile(updateCheckRunSchema())
    const annotations = renderAnnotations(largeReport(1_200))
    expect(annotations).toHaveLength(302)
    const groups = batches(annotations)
    expect(groups).toHaveLength(7)
    for (const annotations of groups) {
      const output = { title: 'x', summary: 'y', annotations }
      expect(validate(output) ? [] : validate.errors).toEqual([])
    }
    for (const a of annotations) {
      expect(utf8Length(a.title)).toBeLessThanOrEqual(GITHUB_LIMITS.annotationTitleBytes)
      expect(utf8Length(a.message)).toBeLessThanOrEqual(GITHUB_LIMITS.annotationMessageBytes)
      expect(utf8Length(a.raw_details ?? '')).toBeLessThanOrEqual(GITHUB_LIMITS.annotationMessageBytes)
      expect(a.end_line).toBeGreaterThanOrEqual(a.start_line)
    }
  })

  test('titles longer than 255 bytes are shortened without splitting a character', () => {
    const [a] = renderAnnotations(withFindings([{ title: '€'.repeat(200) }]))
    expect(utf8Length(a?.title ?? '')).toBeLessThanOrEqual(255)
    expect(a?.title.endsWith('€…')).toBe(true)
  })

  test('control characters from the scanned file do not reach GitHub', () => {
    const [a] = renderAnnotations(withFindings([{ message: '`x` is "a\u0000b\u202ec"' }]))
    expect(a?.message).toContain('`x` is "a b c"')
  })
})

describe('batches', () => {
  test('groups of 50 by default, the last one shorter', () => {
    const groups = batches(Array.from({ length: 121 }, (_, i) => i))
    expect(groups.map(g => g.length)).toEqual([50, 50, 21])
    expect(groups.flat()).toEqual(Array.from({ length: 121 }, (_, i) => i))
  })

  test('no items, no batches', () => {
    expect(batches([])).toEqual([])
  })

  test('refuses a size that is not a positive integer', () => {
    expect(() => batches([1], 0)).toThrow('batches: size must be a positive integer, got 0')
    expect(() => batches([1], 1.5)).toThrow(RangeError)
  })
})
