import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { ROOT } from '../rules/controls.js'

/** src/validators/validate-*.ts are generated from the schemas by npm run build (scripts/generate-validators.mjs). */
describe('the generated schema validators', () => {
  test('are what scripts/generate-validators.mjs writes from the schemas now (not stale)', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'generate-validators.mjs'), '--check'], {
      encoding: 'utf8'
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })
})
