import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { gzipSync } from 'node:zlib'
import { describe, expect, test } from '@jest/globals'
import { Ajv, type ValidateFunction } from 'ajv'
import type { Finding, Report } from '../../src/model.js'
import { GITHUB_LIMITS, utf8Length } from '../../src/render/limits.js'
import { fileUri, renderSarif, SARIF_SCHEMA } from '../../src/render/sarif.js'
import type { SarifLog } from '../../src/render/sarif-types.js'
import { fixtureReport, largeReport, publicDatabase } from './fixture-report.js'
import { expectGolden } from './golden.js'

/** The official SARIF 2.1.0 schema (draft-04), checked with ajv's draft-07 validator, formats included. */
function sarifValidator(): ValidateFunction {
  const require = createRequire(import.meta.url)
  const path = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')
  const schema = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
  delete schema.$schema
  delete schema.id
  // The schema's `language` pattern is not a valid regular expression with the u flag.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false })
  ajv.addFormat('uri', value => /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(value))
  ajv.addFormat('uri-reference', value => /^([A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-F]{2})*$/.test(value))
  ajv.addFormat('date-time', value => !Number.isNaN(Date.parse(value)))
  return ajv.compile(schema)
}

const validate = sarifValidator()

function errorsOf(log: SarifLog): unknown {
  return validate(JSON.parse(JSON.stringify(log))) ? [] : validate.errors
}

function withFindings(findings: Partial<Finding>[], base: Report = fixtureReport()): Report {
  return { ...base, findings: findings.map(f => ({ ...publicDatabase, ...f })) }
}

/** What GitHub's code scanning requires of an upload, beyond the schema. */
function gitHubProblems(log: SarifLog): string[] {
  const problems: string[] = []
  if (log.$schema === undefined || log.version !== '2.1.0') problems.push('$schema and version 2.1.0')
  if (log.runs.length < 1 || log.runs.length > GITHUB_LIMITS.sarifRunsPerFile) problems.push('runs')
  for (const run of log.runs) {
    const { driver } = run.tool
    if (driver.name === '') problems.push('tool.driver.name')
    if (driver.rules === undefined) problems.push('tool.driver.rules')
    if (run.results === undefined) problems.push('results')
    if ((run.results?.length ?? 0) > GITHUB_LIMITS.sarifResultsPerRun) problems.push('results per run')
    if ((driver.rules?.length ?? 0) > GITHUB_LIMITS.sarifRulesPerRun) problems.push('rules per run')
    for (const rule of driver.rules ?? []) {
      const nonEmpty = [rule.id, rule.shortDescription?.text, rule.fullDescription?.text, rule.help?.text]
      if (nonEmpty.some(t => t === undefined || t === '')) problems.push(`${rule.id}: required text`)
      if (utf8Length(rule.name ?? '') > 255) problems.push(`${rule.id}: name over 255`)
      if (utf8Length(rule.shortDescription?.text ?? '') > 1_024) problems.push(`${rule.id}: shortDescription`)
      if (utf8Length(rule.fullDescription?.text ?? '') > 1_024) problems.push(`${rule.id}: fullDescription`)
      const tags = rule.properties?.tags ?? []
      if (tags.length > GITHUB_LIMITS.sarifTagsPerRule) problems.push(`${rule.id}: tags`)
      const score = Number(rule.properties?.['security-severity'])
      if (!(score > 0 && score <= 10)) problems.push(`${rule.id}: security-severity`)
    }
    for (const [i, result] of (run.results ?? []).entries()) {
      if (!result.message.text) problems.push(`result ${i}: message.text`)
      const location = result.locations?.[0]?.physicalLocation
      if (result.locations?.length !== 1) problems.push(`result ${i}: one location`)
      if (!location?.artifactLocation?.uri) problems.push(`result ${i}: uri`)
      if (!((location?.region?.startLine ?? 0) >= 1)) problems.push(`result ${i}: startLine`)
      if (Object.keys(result.partialFingerprints ?? {}).length === 0)
        problems.push(`result ${i}: fingerprint`)
      const rule = driver.rules?.[result.ruleIndex ?? -1]
      if (rule?.id !== result.ruleId) problems.push(`result ${i}: ruleIndex does not point at ruleId`)
    }
  }
  return problems
}

describe('renderSarif', () => {
  test('golden: the fixture pull request', () => {
    expectGolden('report.sarif', `${JSON.stringify(renderSarif(fixtureReport()), null, 2)}\n`)
  })

  test('is valid against the official SARIF 2.1.0 schema and what code scanning requires', () => {
    const log = renderSarif(fixtureReport())
    expect(errorsOf(log)).toEqual([])
    expect(gitHubProblems(log)).toEqual([])
  })

  test('the validator is not a rubber stamp', () => {
    const log = renderSarif(fixtureReport()) as unknown as { runs: { results: { level: string }[] }[] }
    ;(log.runs[0]?.results[0] as { level: string }).level = 'critical'
    expect(validate(log)).toBe(false)
    const bad = renderSarif(fixtureReport())
    ;(bad.runs[0]?.results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation as { uri: string }).uri =
      'a b.tf'
    expect(errorsOf(bad)).not.toEqual([])
    expect(gitHubProblems({ ...bad, runs: [] })).toEqual(['runs'])
  })

  test('results for new and existing findings; fixed and suppressed ones are left out', () => {
    const log = renderSarif(
      withFindings([
        { status: 'new', fingerprint: 'n' },
        { status: 'existing', fingerprint: 'e' },
        { status: 'fixed', fingerprint: 'f' },
        { status: 'new', suppressed: true, fingerprint: 's' }
      ])
    )
    const results = log.runs[0]?.results ?? []
    expect(results.map(r => [r.partialFingerprints?.['demarcFingerprint/v1'], r.baselineState])).toEqual([
      ['n', 'new'],
      ['e', 'unchanged']
    ])
    expect(log.runs[0]?.properties).toMatchObject({ fixed: 1, suppressed: 1 })
  })

  test('a whole-tree scan has no baseline state', () => {
    const base = fixtureReport()
    const log = renderSarif(
      withFindings([{ status: 'existing' }], { ...base, scope: { ...base.scope, mode: 'all' } })
    )
    expect(log.runs[0]?.results?.[0]?.baselineState).toBeUndefined()
  })

  test('one rule per control with a finding, with severity, tags, help and the first http(s) reference', () => {
    const log = renderSarif(fixtureReport())
    const rules = log.runs[0]?.tool.driver.rules ?? []
    expect(rules.map(r => r.id)).toEqual([
      'kms-key-rotation-disabled',
      'rds-auto-minor-upgrade-disabled',
      'rds-publicly-accessible',
      'rds-storage-unencrypted',
      's3-bucket-public-acl',
      's3-bucket-versioning-disabled',
      'vpc-security-group-ssh-open'
    ])
    const rule = rules.find(r => r.id === 'rds-publicly-accessible')
    expect(rule).toMatchObject({
      name: 'rds-publicly-accessible',
      shortDescription: { text: 'RDS database instance is publicly accessible' },
      helpUri: 'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-2',
      defaultConfiguration: { level: 'error' },
      properties: {
        tags: ['security', 'network-security', 'shared'],
        precision: 'high',
        'security-severity': '9.5'
      }
    })
    // javascript: is never a help link; the hostile rule falls back to its second reference.
    expect(rules.find(r => r.id === 'vpc-security-group-ssh-open')?.helpUri).toBe(
      'https://example.com/a%20%28b%29/c?d=%3Ce%3E'
    )
  })

  test('severity maps to level and to the security-severity code scanning ranks by', () => {
    const levels = (['critical', 'high', 'medium', 'low', 'info'] as const).map(severity => {
      const log = renderSarif(withFindings([{ severity }]))
      return [
        log.runs[0]?.results?.[0]?.level,
        log.runs[0]?.tool.driver.rules?.[0]?.properties?.['security-severity']
      ]
    })
    expect(levels).toEqual([
      ['error', '9.5'],
      ['error', '8.0'],
      ['warning', '5.5'],
      ['note', '3.0'],
      ['note', '1.0']
    ])
  })

  test('scan errors become tool execution notifications', () => {
    const invocation = renderSarif(fixtureReport()).runs[0]?.invocations?.[0]
    expect(invocation?.executionSuccessful).toBe(true)
    expect(invocation?.toolExecutionNotifications?.[0]).toEqual({
      level: 'error',
      message: {
        text: 'infra/broken/main.tf: Invalid expression: expected a value, found "</details>" (@org/team #1)'
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'infra/broken/main.tf', uriBaseId: '%SRCROOT%' },
            region: { startLine: 7, endLine: 7 }
          }
        }
      ]
    })
  })

  test('message text is plain, one line, bounded, with brackets escaped as SARIF requires', () => {
    const log = renderSarif(withFindings([{ message: '`name` is "[x](1) \\[y]\nz"' }]))
    expect(log.runs[0]?.results?.[0]?.message.text).toBe(
      'aws_db_instance.orders: `name` is "\\[x\\](1) \\\\\\[y\\] z".'
    )
    const huge = renderSarif(fixtureReport()).runs[0]?.results?.find(
      r => r.ruleId === 'vpc-security-group-ssh-open'
    )
    expect(huge?.message.text?.length).toBeLessThan(1_300)
  })

  test('paths become relative URI references', () => {
    expect(fileUri('infra/main.tf')).toBe('infra/main.tf')
    expect(fileUri('./infra/my dir/100%.tf')).toBe('infra/my%20dir/100%25.tf')
    expect(fileUri('a/`odd` name|#1?.tf')).toBe('a/%60odd%60%20name%7C%231%3F.tf')
    expect(fileUri('é/\ud800.tf')).toBe('%C3%A9/%EF%BF%BD.tf')
  })

  test('1,200 findings with 70 KB values: valid, and within the upload limits', () => {
    const log = renderSarif(largeReport(1_200))
    expect(errorsOf(log)).toEqual([])
    expect(gitHubProblems(log)).toEqual([])
    expect(log.runs[0]?.results).toHaveLength(900)
  })

  test('more results than code scanning takes: the most important are kept, and the rest are named', () => {
    const report = largeReport(40_000)
    const log = renderSarif(report)
    const results = log.runs[0]?.results ?? []
    expect(results).toHaveLength(GITHUB_LIMITS.sarifResultsPerRun)
    expect(results.filter(r => r.baselineState === 'new')).toHaveLength(10_000)
    expect(gitHubProblems(log)).toEqual([])
    expect(log.runs[0]?.invocations?.[0]?.toolExecutionNotifications?.at(-1)).toEqual({
      level: 'warning',
      message: {
        text: '5000 of 30000 results are left out: code scanning accepts at most 25000 results per run. The report file has them all.'
      }
    })
    expect(gzipSync(JSON.stringify(log)).length).toBeLessThan(GITHUB_LIMITS.sarifGzipBytes)
  })

  test('names the tool and its schema', () => {
    const log = renderSarif(fixtureReport())
    expect(log.$schema).toBe(SARIF_SCHEMA)
    expect(log.runs[0]?.tool.driver).toMatchObject({
      name: 'Demarc',
      version: '0.1.0',
      semanticVersion: '0.1.0'
    })
    expect(log.runs[0]?.tool.driver.informationUri).toBeUndefined()
  })
})
