import { describe, expect, test } from '@jest/globals'
import { compileRules } from '../../src/engine/compile-rules.js'
import { evaluate } from '../../src/engine/index.js'
import { parserOfFormat } from '../../src/formats/index.js'
import type { Control, Expected } from './controls.js'
import { ROW_IDS, describeEntry, fixtureFormat, listControls, readExpected, readFixture } from './controls.js'

/**
 * Every control's fixtures, parsed and evaluated with that control alone.
 * The non-pass, applicable outcomes must be exactly those in expected.yml.
 */

const controls = listControls()

function outcomesOf(control: Control): { entries: Expected[]; messages: Map<string, string> } {
  const rules = compileRules([{ file: control.file, text: control.text }], { knownRows: ROW_IDS })
  const entries: Expected[] = []
  const messages = new Map<string, string>()
  const claimed = rules.rules[0]?.formats ?? []
  for (const name of control.fixtures) {
    const format = fixtureFormat(name, claimed)
    if (format === undefined)
      throw new Error(`${name}: its ending matches none of the formats the rule claims`)
    const parser = parserOfFormat(format)
    const parsed = parser.parse(parser.unitOf(name), [{ path: name, text: readFixture(control, name) }])
    if (parsed.errors.length > 0) throw new Error(`${name} does not parse: ${JSON.stringify(parsed.errors)}`)
    for (const o of evaluate(rules, parsed.resources)) {
      if (o.outcome === 'pass' || o.outcome === 'not-applicable') continue
      const entry = {
        file: o.resource.file,
        line: o.span.line,
        address: o.resource.address,
        outcome: o.outcome
      }
      entries.push(entry)
      messages.set(
        describeEntry(entry),
        o.outcome === 'unknown' ? `${o.message} [${o.expr ?? ''}]` : o.message
      )
    }
  }
  return { entries, messages }
}

function difference(control: Control): string {
  const expected = readExpected(control).map(describeEntry)
  const { entries, messages } = outcomesOf(control)
  const actual = entries.map(describeEntry)
  const missing = expected.filter(e => !actual.includes(e))
  const extra = actual.filter(a => !expected.includes(a))
  if (missing.length === 0 && extra.length === 0) return ''
  return [
    `${control.file}: outcomes differ from test/expected.yml`,
    ...missing.map(e => `  missing: - ${e}`),
    ...extra.map(e => `  extra:   - ${e}   # ${messages.get(e) ?? ''}`)
  ].join('\n')
}

describe('control fixtures', () => {
  test('there are controls to check', () => {
    expect(controls.length).toBeGreaterThanOrEqual(16)
  })

  for (const control of controls) {
    test(`${control.service}/${control.folder}`, () => {
      const diff = difference(control)
      if (diff !== '') throw new Error(diff)
    })
  }
})
