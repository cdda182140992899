import { describe, expect, test } from '@jest/globals'
import { scanTexts } from '../../helpers/scan-texts.js'

/** AWS's documented example key id: well-formed, and never a real key. */
const KEY_ID = 'AKIAIOSFODNN7EXAMPLE'
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'

const base = 'AWS_REGION=eu-west-1\nLOG_LEVEL=info\n'

describe('a .env file between base and head', () => {
  test('gaining an AWS key is an added setting and a new finding that never shows the key', async () => {
    const head = `${base}AWS_ACCESS_KEY_ID=${KEY_ID}\nAWS_SECRET_ACCESS_KEY=${SECRET}\n`
    const report = await scanTexts({ 'api/.env.production': base }, { 'api/.env.production': head })
    expect(report.errors).toEqual([])
    expect(report.changes.map(c => [c.address, c.change, c.format, c.line])).toEqual([
      ['AWS_ACCESS_KEY_ID', 'added', 'appconfig', 3],
      ['AWS_SECRET_ACCESS_KEY', 'added', 'appconfig', 4]
    ])
    const keys = report.findings.filter(f => f.ruleId === 'app-config-aws-access-key')
    expect(keys.map(f => [f.status, f.line, f.address, f.severity])).toEqual([
      ['new', 3, 'AWS_ACCESS_KEY_ID', 'critical'],
      ['new', 4, 'AWS_SECRET_ACCESS_KEY', 'critical']
    ])
    expect(keys[0]?.message).toBe(
      '`AWS_ACCESS_KEY_ID` holds an AWS access key in plain text ("AKIA…" (20 characters, masked))'
    )
    const everything = JSON.stringify(report)
    expect(everything).not.toContain(KEY_ID)
    expect(everything).not.toContain(SECRET)
    expect(everything).not.toContain(SECRET.slice(4))
  })

  test('changing one setting is one modified resource; the others are untouched', async () => {
    const head = base.replace('LOG_LEVEL=info', 'LOG_LEVEL=debug')
    const report = await scanTexts({ '.env.production': base }, { '.env.production': `# comment\n${head}` })
    expect(report.changes.map(c => [c.address, c.change, c.attributes, c.line])).toEqual([
      ['LOG_LEVEL', 'modified', ['value'], 3]
    ])
  })

  test('a secret removed in head is a fixed finding', async () => {
    const withKey = `${base}GITHUB_TOKEN=ghp_FAKEfakeFAKEfakeFAKEfakeFAKEfake1234\n`
    const report = await scanTexts(
      { 'config/settings.yaml': 'a: 1\n', '.env.prod': withKey },
      { '.env.prod': base, 'config/settings.yaml': 'a: 1\n' }
    )
    expect(
      report.findings.filter(f => f.ruleId === 'app-config-service-token').map(f => [f.status, f.address])
    ).toEqual([['fixed', 'GITHUB_TOKEN']])
    expect(JSON.stringify(report)).not.toContain('FAKEfakeFAKEfake')
  })
})
