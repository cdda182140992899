import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { load } from 'js-yaml'
import { DEPRECATED_LAMBDA_RUNTIMES } from '../../src/matrix/shift-patterns.js'
import { CONTROLS } from './controls.js'

interface Selector {
  assert: { attr: string; not_in: string[] }
}

/** The control and the shift pattern must agree on which runtimes AWS no longer patches. */
describe('deprecated Lambda runtimes', () => {
  const rule = load(
    readFileSync(join(CONTROLS, 'lambda', 'lambda-function-runtime-deprecated', 'rule.yml'), 'utf8')
  ) as { formats: Record<string, Selector> }

  test.each(Object.keys(rule.formats))('the %s selector lists exactly the shift pattern runtimes', format => {
    expect([...(rule.formats[format] as Selector).assert.not_in].sort()).toEqual(
      [...DEPRECATED_LAMBDA_RUNTIMES].sort()
    )
  })
})
