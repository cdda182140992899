import { describe, expect, test } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadBundledConfig } from '../../src/config/load-bundled-config.js'
import { renderRulesDoc } from '../../src/docs/rules-doc.js'
import { ROOT } from '../rules/controls.js'

/** docs/rules.md is generated from the rule files; `npm run rules-doc` (UPDATE_DOCS=1) rewrites it. */
describe('docs/rules.md', () => {
  test('lists every control exactly as the rule files say', () => {
    const { rules, matrix } = loadBundledConfig()
    const doc = renderRulesDoc(rules.rules, matrix.rows)
    const file = join(ROOT, 'docs', 'rules.md')
    if (process.env.UPDATE_DOCS === '1') writeFileSync(file, doc)
    expect(readFileSync(file, 'utf8')).toBe(doc)
    for (const rule of rules.rules) expect(doc).toContain(`| \`${rule.id}\` |`)
  })
})
