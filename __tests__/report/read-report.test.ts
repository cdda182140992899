import { describe, expect, test } from '@jest/globals'
import { renderJson } from '../../src/render/index.js'
import { InvalidReport, MAX_REPORT_BYTES, parseReport } from '../../src/report/read-report.js'
import { change, finding, report } from '../github/finding.js'

const valid = report(
  [
    finding({
      fingerprint: '0123456789abcdef01234567',
      references: [{ id: 'AWS FSBP RDS.2', url: 'https://x' }]
    })
  ],
  [change()]
)

function problems(mutate: (data: Record<string, unknown>) => void): string[] {
  const data = JSON.parse(renderJson(valid)) as Record<string, unknown>
  mutate(data)
  try {
    parseReport(JSON.stringify(data), 'report.json')
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidReport)
    return (error as InvalidReport).problems
  }
  throw new Error('the report was accepted')
}

const first = (data: Record<string, unknown>) =>
  (data.findings as Record<string, unknown>[])[0] as Record<string, unknown>

describe('parseReport', () => {
  test('takes back what renderJson wrote', () => {
    expect(parseReport(renderJson(valid), 'report.json')).toEqual(valid)
  })

  test.each([
    [
      'a line that is not a number',
      (d: Record<string, unknown>) => (first(d).line = 'x'),
      'findings[0].line: expected integer; found "x"'
    ],
    [
      'an unknown status',
      (d: Record<string, unknown>) => (first(d).status = 'approved'),
      'findings[0].status: expected one of new, fixed, existing; found "approved"'
    ],
    [
      'an unknown severity',
      (d: Record<string, unknown>) => (first(d).severity = 'urgent'),
      'findings[0].severity: expected one of critical, high, medium, low, info; found "urgent"'
    ],
    [
      'a missing field',
      (d: Record<string, unknown>) => delete first(d).fingerprint,
      'findings[0].fingerprint: missing'
    ],
    [
      'a field the contract does not name',
      (d: Record<string, unknown>) => (first(d).script = 'x'),
      'findings[0].script: not a field of the report'
    ],
    [
      'a gate conclusion GitHub does not know',
      (d: Record<string, unknown>) => (d.gate = { conclusion: 'skipped', reason: '' }),
      'gate.conclusion: expected one of success, neutral, failure; found "skipped"'
    ],
    [
      'another schema version',
      (d: Record<string, unknown>) => (d.schemaVersion = 2),
      'schemaVersion: expected 1; found 2'
    ],
    [
      'a path leaving the repository',
      (d: Record<string, unknown>) => (first(d).file = '../../etc/passwd'),
      'findings[0].file: must match pattern'
    ],
    [
      'an absolute path',
      (d: Record<string, unknown>) => (first(d).file = '/etc/passwd'),
      'findings[0].file: must match pattern'
    ],
    [
      'a control character in a path',
      (d: Record<string, unknown>) => (first(d).file = 'a\nb.tf'),
      'findings[0].file: must match pattern'
    ],
    [
      'a line before the first',
      (d: Record<string, unknown>) => (first(d).line = 0),
      'findings[0].line: must be >= 1'
    ],
    [
      'an overlong message',
      (d: Record<string, unknown>) => (first(d).message = 'x'.repeat(70_000)),
      'findings[0].message: must NOT have more than 65536 characters'
    ],
    [
      'a head that is not a commit id',
      (d: Record<string, unknown>) => (d.scope = { base: null, head: 'main', mode: 'changes' }),
      'scope.head: must match pattern'
    ],
    [
      'a reference that is not https',
      (d: Record<string, unknown>) => (first(d).references = [{ id: 'x', url: 'javascript:alert(1)' }]),
      'findings[0].references[0].url: must match pattern'
    ],
    [
      'an end before the start',
      (d: Record<string, unknown>) => Object.assign(first(d), { line: 9, endLine: 3 }),
      'findings[0].endLine: 3 is before line 9'
    ]
  ])('refuses %s, naming the field', (_what, mutate, expected) => {
    expect(problems(mutate).join('\n')).toContain(expected)
  })

  test('refuses text that is not JSON, or not an object', () => {
    expect(() => parseReport('{"schemaVersion": 1,', 'r.json')).toThrow(
      /r\.json is not a valid Demarc report:\n {2}\(top level\): not JSON/
    )
    expect(() => parseReport('[]', 'r.json')).toThrow('(top level): expected object; found a list of 0')
  })

  test('refuses more than its size bound before parsing', () => {
    expect(() => parseReport(' '.repeat(MAX_REPORT_BYTES + 1), 'r.json')).toThrow(
      `larger than ${MAX_REPORT_BYTES} bytes`
    )
  })

  test('names at most ten problems and counts the rest', () => {
    const lines = problems(d => {
      d.findings = Array.from({ length: 12 }, () => ({ ...first(d), line: 'x' }))
    })
    expect(lines).toHaveLength(12)
    expect(() =>
      parseReport(
        JSON.stringify({ ...valid, findings: Array(12).fill({ ...valid.findings[0], line: 'x' }) }),
        'r.json'
      )
    ).toThrow('… and 2 more')
  })
})
