import { afterAll, describe, expect, test } from '@jest/globals'
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildRulesPack, renderRulesPack } from '../../src/config/build-rules-pack.js'
import { bundledFromPack, compileBundled, readRulesPack, RULES_PACK_FILE } from '../../src/config/index.js'
import { compileRules } from '../../src/engine/compile-rules.js'
import { readRuleFiles, RuleFileError } from '../../src/engine/index.js'
import { loadMatrix } from '../../src/matrix/load-matrix.js'
import { makeTempDir, removeTempDirs } from '../helpers/temp-repo.js'
import { CONTROLS, ROOT, ROW_IDS } from '../rules/controls.js'
import { realRuleTexts } from '../matrix/real-rules.js'

afterAll(removeTempDirs)

const STALE = `${RULES_PACK_FILE} is not what npm run build writes from rules/ now: run \`npm run build\` (or \`npm run build:rules\` for the pack alone) and commit dist/`

/** A package root holding a copy of this one's matrix and services, and the controls given. */
function rootWith(controls: Record<string, string>): string {
  const root = makeTempDir('demarc-pack-')
  for (const file of ['matrix.yml', 'services.yml'])
    cpSync(join(ROOT, 'rules', file), join(root, 'rules', file))
  for (const [file, text] of Object.entries(controls)) {
    mkdirSync(join(root, file, '..'), { recursive: true })
    writeFileSync(join(root, file), text)
  }
  return root
}

describe('the rules pack (dist/rules-pack.json)', () => {
  const built = buildRulesPack(ROOT)

  test('is what npm run build writes from rules/ (not stale)', () => {
    let shipped: string
    try {
      shipped = readFileSync(join(ROOT, RULES_PACK_FILE), 'utf8')
    } catch {
      throw new Error(`${RULES_PACK_FILE} is missing: run \`npm run build\``)
    }
    // Not toBe: a diff of two 400 kB lines says nothing the message does not.
    if (shipped !== renderRulesPack(built)) throw new Error(STALE)
  })

  test('compiles to the controls and the matrix the rule files give', () => {
    const fromPack = compileBundled(bundledFromPack(JSON.parse(renderRulesPack(built))))
    const fromSources = compileRules(readRuleFiles(CONTROLS, ROOT), { knownRows: ROW_IDS })
    expect(fromPack.rules.rules).toEqual(fromSources.rules)
    expect(fromPack.matrix).toEqual(loadMatrix(realRuleTexts()))
    for (const rule of fromSources.rules)
      for (const format of rule.formats) {
        const type = built.rules.find(r => r.rule.id === rule.id)?.rule.formats[format]?.types[0] ?? ''
        const ids = (set: typeof fromPack.rules) => set.applicable(format, type).map(s => s.rule.id)
        expect(ids(fromPack.rules)).toEqual(ids(fromSources))
      }
  })

  test('holds every control, sorted by file, and the whole matrix', () => {
    const files = readRuleFiles(CONTROLS, ROOT).map(doc => doc.file)
    expect(built.rules.map(r => r.file)).toEqual(files)
    expect(built.matrix.rows.map(r => r.id)).toEqual(ROW_IDS)
    expect(Object.keys(built.services.services).length).toBeGreaterThan(200)
  })

  test('is not written when a control breaks the schema, naming the file and key', () => {
    const root = rootWith({
      'rules/controls/s3/s3-broken/rule.yml': 'id: s3-broken\ntitle: Broken\n'
    })
    expect(() => buildRulesPack(root)).toThrow(RuleFileError)
    expect(() => buildRulesPack(root)).toThrow(
      "rules/controls/s3/s3-broken/rule.yml: missing required key 'row'"
    )
  })

  test('is not written when a value would not survive JSON', () => {
    const rule = readFileSync(join(CONTROLS, 's3', 's3-bucket-public-acl', 'rule.yml'), 'utf8')
    const root = rootWith({
      'rules/controls/s3/s3-bucket-public-acl/rule.yml': rule.replace(
        /^formats:\n {2}terraform:\n/m,
        'formats:\n  terraform:\n    if: { attr: acl, not_equals: .nan }\n'
      )
    })
    expect(() => buildRulesPack(root)).toThrow('a value is not plain JSON data')
  })

  test('a missing pack, or one of another format, names the file and says to build', () => {
    const root = makeTempDir('demarc-pack-')
    expect(() => readRulesPack(root)).toThrow(
      `${join(root, RULES_PACK_FILE)} cannot be read (ENOENT): run npm run build`
    )
    mkdirSync(join(root, 'dist'))
    writeFileSync(join(root, RULES_PACK_FILE), '{"format": 0}')
    expect(() => readRulesPack(root)).toThrow('has format 0, expected 1: run npm run build')
    writeFileSync(join(root, RULES_PACK_FILE), '{')
    expect(() => readRulesPack(root)).toThrow('is not JSON')
  })
})
