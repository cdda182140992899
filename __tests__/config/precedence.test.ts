import { describe, expect, test } from '@jest/globals'
import { parseAndCheck } from '../../src/config/check-config-file.js'
import { mergeSettings } from '../../src/config/index.js'
import { DEFAULT_GATE } from '../../src/report/gate.js'
import { CONFIG } from './scan-with-config.js'

const FILE = parseAndCheck(
  CONFIG,
  `version: 1
gate:
  fail-on: medium
  fail-on-owner: [customer, shared, aws]
paths:
  include: [infra]
  exclude: [infra/legacy]
`
)

describe('an option given wins over the file, the file over the built-in defaults', () => {
  test('nothing given, no file: the built-in defaults', () => {
    expect(mergeSettings({}, undefined)).toEqual({ gate: DEFAULT_GATE })
  })

  test('nothing given: the file', () => {
    expect(mergeSettings({}, FILE)).toEqual({
      gate: { failOn: 'medium', owners: ['customer', 'shared', 'aws'] },
      include: ['infra'],
      exclude: ['infra/legacy']
    })
  })

  test('each gate setting on its own: the option given wins, the other comes from the file', () => {
    expect(mergeSettings({ failOn: 'critical' }, FILE).gate).toEqual({
      failOn: 'critical',
      owners: ['customer', 'shared', 'aws']
    })
    expect(mergeSettings({ owners: ['aws'] }, FILE).gate).toEqual({ failOn: 'medium', owners: ['aws'] })
  })

  test('a file that sets only part of the gate leaves the rest to the defaults', () => {
    const partial = parseAndCheck(CONFIG, 'version: 1\ngate:\n  fail-on: low\n')
    expect(mergeSettings({}, partial).gate).toEqual({ failOn: 'low', owners: ['customer', 'shared'] })
  })

  test('include given replaces the file’s; exclude given adds to it', () => {
    expect(mergeSettings({ include: ['modules/**'], exclude: ['**/test/**'] }, FILE)).toMatchObject({
      include: ['modules/**'],
      exclude: ['infra/legacy', '**/test/**']
    })
  })

  test('an empty list given (an action input left empty) counts as not given', () => {
    expect(mergeSettings({ include: [], exclude: [] }, FILE)).toMatchObject({
      include: ['infra'],
      exclude: ['infra/legacy']
    })
  })
})
