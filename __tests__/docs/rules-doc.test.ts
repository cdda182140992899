import { describe, expect, test } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderRulesDoc } from '../../src/docs/rules-doc.js'
import { compileRules } from '../../src/engine/compile-rules.js'
import { readRuleFiles } from '../../src/engine/index.js'
import { realMatrix } from '../matrix/real-rules.js'
import { CONTROLS, ROOT, ROW_IDS } from '../rules/controls.js'

/** docs/rules.md is generated from the rule files (not the pack); `npm run rules-doc` (UPDATE_DOCS=1) rewrites it. */
describe('docs/rules.md', () => {
  test('lists every control exactly as the rule files say', () => {
    const rules = compileRules(readRuleFiles(CONTROLS, ROOT), { knownRows: ROW_IDS })
    const doc = renderRulesDoc(rules.rules, realMatrix().rows)
    const file = join(ROOT, 'docs', 'rules.md')
    if (process.env.UPDATE_DOCS === '1') writeFileSync(file, doc)
    expect(readFileSync(file, 'utf8')).toBe(doc)
    for (const rule of rules.rules) expect(doc).toContain(`| \`${rule.id}\` |`)
  })
})
