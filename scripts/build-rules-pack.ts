// npm run build:rules (the first step of npm run build): reads rules/ and checks it once — the matrix and
// the services catalogue against their schemas and each other, every control against the rule schema —
// then writes the rules pack both bundles read at start-up instead (dist/rules-pack.json). Built with ncc
// into build/rules-pack and run from there; __tests__/config/rules-pack.test.ts fails when the pack is stale.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { buildRulesPack, renderRulesPack } from '../src/config/build-rules-pack.js'
import { RULES_PACK_FILE } from '../src/config/rules-pack.js'
import { packageRoot } from '../src/package-root.js'

const root = packageRoot()
const file = join(root, RULES_PACK_FILE)
try {
  const pack = buildRulesPack(root)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, renderRulesPack(pack))
  console.log(`${RULES_PACK_FILE}: ${pack.rules.length} controls, ${pack.matrix.rows.length} matrix rows`)
} catch (error) {
  console.error(`build:rules: ${(error as Error).message}`)
  process.exitCode = 1
}
