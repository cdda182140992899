import { describe, expect, test } from '@jest/globals'
import { parseAndCheck } from '../../src/config/check-config-file.js'
import {
  ConfigFileError,
  describeConfig,
  loadRepoConfig,
  snapshotConfigSource
} from '../../src/config/index.js'
import { RuleFileError } from '../../src/engine/index.js'
import { CUSTOM_RULE } from './custom-rule.js'
import { bundledSources, CONFIG, loadFrom, problemsOf } from './scan-with-config.js'

const FULL = `# yaml-language-server: $schema=../rules/schema/config.schema.json
version: 1
gate:
  fail-on: medium
  fail-on-owner: [customer, shared, aws]
paths:
  include: ['infra/**']
  exclude: [infra/legacy]
rules:
  s3-bucket-versioning-disabled:
    severity: high
  rds-deletion-protection-disabled:
    enabled: false
rule-dirs: [./policies/]
owners:
  business-continuity: customer
ignore:
  - rule: s3-bucket-public-acl
    paths: ['sites/**']
    reason: public website assets
    expires: 2026-06-30
  - rule: [rds-backup-retention-short, rds-storage-unencrypted]
    paths: ['**/scratch/**']
    reason: '  scratch databases, rebuilt every night  '
`

/** The problems parseAndCheck finds in a file, as `key.path: message` (the file name left off). */
function problems(text: string): string[] {
  try {
    parseAndCheck(CONFIG, text)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigFileError)
    const found = (error as ConfigFileError).problems
    expect((error as Error).message).toMatch(/^\d+ problems? in the configuration file:\n/)
    return found.map(p => (p.path === '' ? p.message : `${p.path}: ${p.message}`))
  }
  throw new Error('expected a ConfigFileError')
}

describe('every key, read into the shape the scan uses', () => {
  test('a file with every key', () => {
    expect(parseAndCheck(CONFIG, FULL)).toEqual({
      file: CONFIG,
      gate: { failOn: 'medium', owners: ['customer', 'shared', 'aws'] },
      paths: { include: ['infra/**'], exclude: ['infra/legacy'] },
      rules: [
        { id: 's3-bucket-versioning-disabled', enabled: true, severity: 'high' },
        { id: 'rds-deletion-protection-disabled', enabled: false }
      ],
      ruleDirs: ['policies'],
      owners: [{ row: 'business-continuity', owner: 'customer', line: 16 }],
      ignores: [
        {
          rules: ['s3-bucket-public-acl'],
          paths: ['sites/**'],
          reason: 'public website assets',
          expires: '2026-06-30',
          line: 18
        },
        {
          rules: ['rds-backup-retention-short', 'rds-storage-unencrypted'],
          paths: ['**/scratch/**'],
          reason: 'scratch databases, rebuilt every night',
          line: 22
        }
      ]
    })
  })

  test('version alone is a valid file: nothing changes', () => {
    expect(parseAndCheck(CONFIG, 'version: 1\n')).toEqual({
      file: CONFIG,
      gate: {},
      paths: { include: [], exclude: [] },
      rules: [],
      ruleDirs: [],
      owners: [],
      ignores: []
    })
  })

  test('rule-dirs: "." is the repository root', () => {
    expect(parseAndCheck(CONFIG, 'version: 1\nrule-dirs: [., ./, policies/acme/]\n').ruleDirs).toEqual([
      '',
      '',
      'policies/acme'
    ])
  })
})

describe('what the schema refuses, each naming the key path', () => {
  test.each([
    ['', 'expected a map, found nothing'],
    ['- version: 1\n', 'expected a map, found a list'],
    ['gate: {}\n', 'version: missing: write version: 1'],
    ['version: 2\n', 'version: expected 1, found 2'],
    ["version: '1'\n", 'version: expected 1, found "1"'],
    [
      'version: 1\nignores: []\n',
      'ignores: unknown key (did you mean ignore?); expected one of version, gate, paths, rules, rule-dirs, owners, ignore'
    ],
    [
      'version: 1\ngate:\n  failon: low\n',
      'gate.failon: unknown key (did you mean fail-on?); expected one of fail-on, fail-on-owner'
    ],
    [
      'version: 1\ngate:\n  fail-on: severe\n',
      'gate.fail-on: expected one of critical, high, medium, low, info, never, found "severe"'
    ],
    [
      'version: 1\ngate:\n  fail-on-owner: customer,shared\n',
      'gate.fail-on-owner: expected a list, found "customer,shared"'
    ],
    [
      'version: 1\ngate:\n  fail-on-owner: [customer, me]\n',
      'gate.fail-on-owner[1]: expected one of customer, aws, shared, found "me"'
    ],
    ['version: 1\ngate:\n  fail-on-owner: []\n', 'gate.fail-on-owner: expected at least 1 item, found none'],
    ['version: 1\ngate:\n  fail-on-owner: [aws, aws]\n', 'gate.fail-on-owner: items 0 and 1 are the same'],
    ['version: 1\npaths:\n  include: infra\n', 'paths.include: expected a list, found "infra"'],
    ["version: 1\npaths:\n  exclude: ['']\n", 'paths.exclude[0]: must not be empty'],
    [
      'version: 1\nrules:\n  s3-bucket-versioning-disabled: off\n',
      's3-bucket-versioning-disabled: expected a map, found "off"'
    ],
    [
      'version: 1\nrules:\n  s3-bucket-versioning-disabled: {}\n',
      'rules.s3-bucket-versioning-disabled: expected enabled: false or a severity, found an empty map'
    ],
    [
      'version: 1\nrules:\n  s3-bucket-versioning-disabled:\n    enabled: no\n',
      'rules.s3-bucket-versioning-disabled.enabled: expected true or false, found "no"'
    ],
    [
      'version: 1\nrules:\n  s3-bucket-versioning-disabled:\n    severity: urgent\n',
      'rules.s3-bucket-versioning-disabled.severity: expected one of critical, high, medium, low, info, found "urgent"'
    ],
    [
      'version: 1\nrules:\n  s3-bucket-versioning-disabled:\n    level: low\n',
      'rules.s3-bucket-versioning-disabled.level: unknown key; expected one of enabled, severity'
    ],
    [
      'version: 1\nrule-dirs: [../shared-rules]\n',
      "rule-dirs[0]: expected a folder relative to the repository root (no leading '/', no '..'), found \"../shared-rules\""
    ],
    [
      'version: 1\nrule-dirs: [/etc/rules]\n',
      "rule-dirs[0]: expected a folder relative to the repository root (no leading '/', no '..'), found \"/etc/rules\""
    ],
    [
      'version: 1\nowners:\n  business-continuity: AWS\n',
      'owners.business-continuity: expected one of customer, aws, shared, found "AWS"'
    ],
    ['version: 1\nignore:\n  rule: x\n', 'ignore: expected a list, found a map'],
    [
      'version: 1\nignore:\n  - rule: s3-bucket-public-acl\n    paths: [sites]\n',
      'ignore[0].reason: missing: an ignore must say why the findings do not count'
    ],
    [
      "version: 1\nignore:\n  - rule: s3-bucket-public-acl\n    paths: [sites]\n    reason: '   '\n",
      'ignore[0].reason: expected some text, not only spaces, found "   "'
    ],
    [
      'version: 1\nignore:\n  - rule: s3-bucket-public-acl\n    reason: why\n',
      'ignore[0].paths: missing: globs of the files whose findings are ignored (** for all)'
    ],
    [
      'version: 1\nignore:\n  - paths: [a]\n    reason: why\n',
      'ignore[0].rule: missing: the id of the control to ignore, or a list of ids'
    ],
    [
      'version: 1\nignore:\n  - rule: 12\n    paths: [a]\n    reason: why\n',
      'ignore[0].rule: expected a rule id or a list of rule ids, found 12'
    ],
    [
      'version: 1\nignore:\n  - rule: []\n    paths: [a]\n    reason: why\n',
      'ignore[0].rule: expected a rule id or a list of rule ids, found a list'
    ],
    [
      'version: 1\nignore:\n  - rule: a\n    paths: []\n    reason: why\n',
      'ignore[0].paths: expected at least 1 item, found none'
    ],
    [
      'version: 1\nignore:\n  - rule: a\n    paths: [a]\n    reason: why\n    expires: 31/01/2026\n',
      'ignore[0].expires: expected a date written YYYY-MM-DD, found "31/01/2026"'
    ],
    [
      'version: 1\nignore:\n  - rule: a\n    path: [a]\n    reason: why\n',
      'ignore[0].paths: missing: globs of the files whose findings are ignored (** for all)'
    ]
  ])('%j', (text, expected) => {
    expect(problems(text)).toContainEqual(expect.stringContaining(expected))
  })

  test('every problem is reported at once, each with the file and key path', async () => {
    const lines = await problemsOf(async () =>
      parseAndCheck(CONFIG, 'version: 1\ngate:\n  fail-on: severe\nignore:\n  - rule: a\n    paths: [a]\n')
    )
    expect(lines).toEqual([
      `${CONFIG}: gate.fail-on: expected one of critical, high, medium, low, info, never, found "severe"`,
      `${CONFIG}: ignore[0].reason: missing: an ignore must say why the findings do not count`
    ])
  })

  test('an unknown key inside an ignore entry names it and the keys there are', () => {
    expect(
      problems('version: 1\nignore:\n  - rule: a\n    paths: [a]\n    reason: why\n    until: x\n')
    ).toEqual(['ignore[0].until: unknown key; expected one of rule, paths, reason, expires'])
  })
})

describe('what the schema cannot check', () => {
  test.each([
    [
      "version: 1\npaths:\n  include: ['infra/[ab']\n",
      "paths.include[0]: not a glob Demarc can read: glob 'infra/[ab': '[' at 7 is never closed"
    ],
    [
      "version: 1\npaths:\n  exclude: ['{a,b']\n",
      "paths.exclude[0]: not a glob Demarc can read: glob '{a,b': '{' is never closed"
    ],
    [
      "version: 1\nignore:\n  - rule: a\n    paths: [ok, '/']\n    reason: why\n",
      "ignore[0].paths[1]: not a glob Demarc can read: empty glob pattern '/'"
    ],
    [
      'version: 1\nignore:\n  - rule: a\n    paths: [a]\n    reason: why\n    expires: 2026-02-30\n',
      'ignore[0].expires: expected a real date, found "2026-02-30"'
    ],
    [
      'version: 1\nignore:\n  - rule: a\n    paths: [a]\n    reason: why\n    expires: 2026-13-01\n',
      'ignore[0].expires: expected a real date, found "2026-13-01"'
    ],
    [
      'version: 1\nrules:\n  s3-bucket-versioning-disabled:\n    enabled: false\n    severity: low\n',
      'rules.s3-bucket-versioning-disabled: a severity has no effect on a control that is turned off; keep enabled: false or severity'
    ]
  ])('%j', (text, expected) => {
    expect(problems(text)).toEqual([expected])
  })

  test('YAML that does not parse, or holds two documents, is refused naming the file', () => {
    expect(problems('version: 1\nrules: [\n')).toEqual([
      expect.stringMatching(/^expected valid YAML, found a syntax error \(line \d+\): /)
    ])
    expect(problems('version: 1\n---\nversion: 1\n')).toEqual(['expected one YAML document, found 2'])
    expect(problems('version: 1\nversion: 1\n')).toEqual([expect.stringMatching(/^expected valid YAML/)])
    expect(problems('a: &x 1\nversion: *x\n')).toEqual([expect.stringMatching(/^expected valid YAML/)])
  })
})

describe('names checked against the controls and the matrix', () => {
  test('an unknown rule id, with the id it probably meant', async () => {
    const files = {
      [CONFIG]: [
        'version: 1',
        'rules:',
        '  s3-bucket-versoning-disabled:',
        '    enabled: false',
        'ignore:',
        '  - rule: [s3-bucket-public-acl, no-such-rule]',
        '    paths: [a]',
        '    reason: why'
      ].join('\n')
    }
    expect(await problemsOf(() => loadFrom(files))).toEqual([
      `${CONFIG}: rules.s3-bucket-versoning-disabled: unknown rule id (did you mean s3-bucket-versioning-disabled?)`,
      `${CONFIG}: ignore[0].rule: unknown rule id 'no-such-rule'`
    ])
  })

  test('an unknown matrix row, with the rows there are', async () => {
    const lines = await problemsOf(() =>
      loadFrom({ [CONFIG]: 'version: 1\nowners:\n  buisness-continuity: customer\n' })
    )
    expect(lines).toEqual([
      expect.stringMatching(
        /^\.github\/demarc\.yml: owners\.buisness-continuity: unknown matrix row \(did you mean business-continuity\?\); expected one of .*\bdata-protection\b/
      )
    ])
  })

  test('a missing file is fine unless it was named', async () => {
    const none = await loadFrom({})
    expect(none.config).toBeUndefined()
    expect(none.rules.byId('s3-bucket-versioning-disabled')?.severity).toBe('low')
    expect(await problemsOf(() => loadFrom({}, 'ci/demarc.yml', true))).toEqual([
      'ci/demarc.yml: no such file in base'
    ])
  })
})

describe("rule-dirs: the repository's own controls", () => {
  test('every rule.yml under the folder is compiled with the bundled controls', async () => {
    const loaded = await loadFrom({
      [CONFIG]: 'version: 1\nrule-dirs: [policies]\n',
      'policies/storage/owner-tag/rule.yml': CUSTOM_RULE,
      'policies/README.md': 'our controls\n'
    })
    expect(loaded.rules.byId('acme-s3-bucket-owner-tag-missing')).toMatchObject({
      file: 'policies/storage/owner-tag/rule.yml',
      severity: 'medium'
    })
    expect(loaded.rules.byId('s3-bucket-versioning-disabled')).toBeDefined()
  })

  test('a custom control can be configured like a bundled one', async () => {
    const loaded = await loadFrom({
      [CONFIG]:
        'version: 1\nrule-dirs: [policies]\nrules:\n  acme-s3-bucket-owner-tag-missing:\n    severity: info\n',
      'policies/rule.yml': CUSTOM_RULE
    })
    expect(loaded.rules.byId('acme-s3-bucket-owner-tag-missing')?.severity).toBe('info')
  })

  test('a broken custom control gives the same error as a bundled one would', async () => {
    const broken = CUSTOM_RULE.replace('severity: medium', 'severity: severe').replace(
      'row: data-protection',
      'row: datas'
    )
    let error: unknown
    try {
      await loadFrom({ [CONFIG]: 'version: 1\nrule-dirs: [policies]\n', 'policies/x/rule.yml': broken })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(RuleFileError)
    expect((error as Error).message).toBe(
      '1 problem in rule files:\npolicies/x/rule.yml: severity: expected one of critical, high, medium, low, info, found "severe"'
    )
  })

  test('an id the bundled controls already use is refused', async () => {
    const twin = CUSTOM_RULE.replace('acme-s3-bucket-owner-tag-missing', 's3-bucket-versioning-disabled')
    const lines = await problemsOf(() =>
      loadFrom({ [CONFIG]: 'version: 1\nrule-dirs: [policies]\n', 'policies/rule.yml': twin })
    )
    expect(lines).toEqual([
      "policies/rule.yml: id: duplicate id 's3-bucket-versioning-disabled' (also in rules/controls/s3/s3-bucket-versioning-disabled/rule.yml)"
    ])
  })

  test('a folder that is not there, or holds no rule.yml, is a configuration error naming the entry', async () => {
    const lines = await problemsOf(() =>
      loadFrom({ [CONFIG]: 'version: 1\nrule-dirs: [policies, docs]\n', 'docs/index.md': '# docs\n' })
    )
    expect(lines).toEqual([
      `${CONFIG}: rule-dirs[0]: no folder 'policies' with files in base`,
      `${CONFIG}: rule-dirs[1]: no rule.yml file under 'docs' in base`
    ])
  })
})

describe('reading the file from a snapshot', () => {
  test('a configuration file that is a symbolic link is refused, never followed', async () => {
    const snapshot = {
      label: 'abc123',
      list: async () => ({ files: [], skipped: [{ file: CONFIG, reason: 'symbolic link (not followed)' }] }),
      read: async () => ({ ok: false as const, reason: 'symbolic link (not followed)' })
    }
    const source = snapshotConfigSource(snapshot, { file: CONFIG, explicit: false })
    expect(await problemsOf(() => loadRepoConfig(source, bundledSources()))).toEqual([
      `${CONFIG}: cannot be read: symbolic link (not followed)`
    ])
  })
})

describe('the line the action logs', () => {
  test('names the file, the commit and what it changes', async () => {
    const loaded = await loadFrom({ [CONFIG]: FULL.replace('rule-dirs: [./policies/]\n', ''), 'x.tf': '' })
    expect(describeConfig(loaded, CONFIG, 'abc123')).toBe(
      `Configuration: ${CONFIG} as of abc123 (turned off: rds-deletion-protection-disabled; severity changed: s3-bucket-versioning-disabled: high; owners set: business-continuity: customer; 2 ignore entries)`
    )
    expect(describeConfig(await loadFrom({}), CONFIG, 'abc123')).toBe(
      `No ${CONFIG} in abc123: the built-in defaults and the options apply`
    )
  })
})
