import { describe, expect, test } from '@jest/globals'
import { parseAndCheck } from '../../src/config/check-config-file.js'
import { applyIgnores, isoDate } from '../../src/config/index.js'
import type { Finding, Report } from '../../src/model.js'
import { checkRunTitle, renderMarkdown, renderTerminal } from '../../src/render/index.js'
import { DEFAULT_GATE } from '../../src/report/gate.js'
import { CONFIG, scanWithConfig } from './scan-with-config.js'

const DB = (name: string) => `resource "aws_db_instance" "${name}" {
  engine            = "postgres"
  storage_encrypted = false
}
`
const UNENCRYPTED = 'rds-storage-unencrypted'

/** A pull request adding two databases, one under scratch/, reviewed with this configuration at its base. */
async function review(config: string, today = '2026-01-15'): Promise<Report> {
  const base = { [CONFIG]: config }
  return scanWithConfig(
    base,
    { ...base, 'infra/scratch/db.tf': DB('scratch'), 'infra/main/db.tf': DB('main') },
    { today }
  )
}

function unencrypted(report: Report): Pick<Finding, 'file' | 'suppressed' | 'suppression'>[] {
  return report.findings
    .filter(f => f.ruleId === UNENCRYPTED)
    .map(({ file, suppressed, suppression }) => ({
      file,
      suppressed,
      ...(suppression === undefined ? {} : { suppression })
    }))
}

const ENTRY = `version: 1
ignore:
  - rule: ${UNENCRYPTED}
    paths: ['**/scratch/**']
    reason: scratch databases hold no customer data
`

describe('ignore: findings of the named rules in matching files', () => {
  test('are suppressed, pointing at the entry’s line, with its reason; the others are not', async () => {
    expect(unencrypted(await review(ENTRY))).toEqual([
      { file: 'infra/main/db.tf', suppressed: false },
      {
        file: 'infra/scratch/db.tf',
        suppressed: true,
        suppression: {
          source: 'config',
          reason: 'scratch databases hold no customer data',
          file: CONFIG,
          line: 3
        }
      }
    ])
  })

  test('a folder means everything below it; a list of rules names each', async () => {
    const config = `version: 1
ignore:
  - rule: [rds-backup-retention-short, ${UNENCRYPTED}]
    paths: [infra/scratch]
    reason: scratch
`
    const report = await review(config)
    const suppressed = report.findings.filter(f => f.suppressed).map(f => [f.ruleId, f.file])
    expect(suppressed).toEqual(
      expect.arrayContaining([
        ['rds-backup-retention-short', 'infra/scratch/db.tf'],
        [UNENCRYPTED, 'infra/scratch/db.tf']
      ])
    )
    expect(suppressed).toHaveLength(2)
  })

  test('suppressed findings are counted, never dropped, and do not gate', async () => {
    const everywhere = `version: 1
ignore:
  - rule: ${UNENCRYPTED}
    paths: ['**']
    reason: encryption comes from the account's default key
`
    const plain = await review('version: 1\n')
    const report = await review(everywhere)
    expect(report.findings).toHaveLength(plain.findings.length)
    expect(unencrypted(report).every(f => f.suppressed)).toBe(true)
    expect(checkRunTitle(report)).toMatch(/; 2 suppressed\)/)
    expect(renderMarkdown(report)).toContain(
      "_Suppressed (configuration, `.github/demarc.yml:3`): encryption comes from the account's default key_"
    )
    expect(renderTerminal(report, { color: false })).toContain(
      "Suppressed at .github/demarc.yml:3: encryption comes from the account's default key"
    )
  })

  test('the gate is decided again once findings are suppressed', async () => {
    // the two unencrypted databases are the only new findings of the customer at medium or above
    const gate = 'version: 1\ngate:\n  fail-on: medium\n  fail-on-owner: [customer]\n'
    expect((await review(gate)).gate).toEqual({
      conclusion: 'failure',
      reason: '2 new findings at medium or above (gated owners: customer)'
    })
    const ignored = `${gate}ignore:\n  - rule: ${UNENCRYPTED}\n    paths: ['**']\n    reason: test fixtures\n`
    expect((await review(ignored)).gate).toEqual({
      conclusion: 'neutral',
      reason: '6 new findings, none reaches medium for customer'
    })
  })

  test('an entry without a reason is refused, naming the key', () => {
    expect(() =>
      parseAndCheck(CONFIG, `version: 1\nignore:\n  - rule: ${UNENCRYPTED}\n    paths: ['**']\n`)
    ).toThrow(`${CONFIG}: ignore[0].reason: missing: an ignore must say why the findings do not count`)
  })

  test('an inline suppression already there is kept', async () => {
    const base = { [CONFIG]: ENTRY }
    const inline = `# demarc:ignore ${UNENCRYPTED} restored from a snapshot that is encrypted\n${DB('scratch')}`
    const report = await scanWithConfig(base, { ...base, 'infra/scratch/db.tf': inline })
    expect(unencrypted(report)).toEqual([
      {
        file: 'infra/scratch/db.tf',
        suppressed: true,
        suppression: {
          source: 'inline',
          reason: 'restored from a snapshot that is encrypted',
          file: 'infra/scratch/db.tf',
          line: 1
        }
      }
    ])
  })

  test('a fixed finding is not suppressed: it no longer counts anyway', async () => {
    const base = { [CONFIG]: ENTRY, 'infra/scratch/db.tf': DB('scratch') }
    const report = await scanWithConfig(base, {
      ...base,
      'infra/scratch/db.tf': DB('scratch').replace('false', 'true')
    })
    expect(report.findings.filter(f => f.ruleId === UNENCRYPTED).map(f => [f.status, f.suppressed])).toEqual([
      ['fixed', false]
    ])
  })
})

describe('expires: the last day an entry suppresses', () => {
  const expiring = `${ENTRY}    expires: 2026-01-31\n`

  test('up to and on that day the entry applies', async () => {
    for (const today of ['2025-12-01', '2026-01-31'])
      expect(unencrypted(await review(expiring, today)).map(f => f.suppressed)).toEqual([false, true])
    expect((await review(expiring, '2026-01-31')).errors).toEqual([])
  })

  test('from the next day on it suppresses nothing and is reported with the file and line', async () => {
    const report = await review(expiring, '2026-02-01')
    expect(unencrypted(report).map(f => f.suppressed)).toEqual([false, false])
    expect(report.errors).toEqual([
      {
        file: CONFIG,
        line: 3,
        message: `ignore entry for rule ${UNENCRYPTED} expired on 2026-01-31: its findings count again; renew the date or fix them`
      }
    ])
  })

  test('an expired entry naming several rules names them all', () => {
    const config = parseAndCheck(
      CONFIG,
      'version: 1\nignore:\n  - rule: [a-b, c-d]\n    paths: [x]\n    reason: y\n    expires: 2020-01-01\n'
    )
    const empty: Report = {
      schemaVersion: 1,
      tool: { name: 'demarc', version: '0' },
      scope: { base: null, head: null, mode: 'all' },
      changes: [],
      findings: [],
      shifts: [],
      rows: [],
      unknown: [],
      errors: [],
      skipped: [],
      gate: { conclusion: 'success', reason: 'no new findings' }
    }
    const report = applyIgnores(empty, config.ignores, {
      file: CONFIG,
      today: '2026-01-01',
      gate: DEFAULT_GATE
    })
    expect(report.errors.map(e => e.message)).toEqual([
      'ignore entry for rules a-b, c-d expired on 2020-01-01: its findings count again; renew the date or fix them'
    ])
  })

  test('today is the UTC date of the clock', () => {
    expect(isoDate(new Date('2026-01-31T23:59:59Z'))).toBe('2026-01-31')
    expect(isoDate(new Date('2026-02-01T00:00:00Z'))).toBe('2026-02-01')
  })
})
