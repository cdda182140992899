import { describe, expect, test } from '@jest/globals'
import { compileRules } from '../../src/engine/compile-rules.js'
import { RuleFileError, readRuleFiles } from '../../src/engine/index.js'
import { CONTROLS, FIXTURE_EXTENSIONS, ROOT, ROW_IDS, listControls, readExpected } from './controls.js'

const controls = listControls()

/** The reference ids a control may cite: benchmark items, standards' profiles and weakness ids. */
const REFERENCE_IDS = [
  /^AWS FSBP [A-Za-z0-9]+\.\d+$/,
  /^CIS AWS \d\.\d \d+(\.\d+)+$/,
  /^CIS (Kubernetes|Amazon EKS|Docker) \d+(\.\d+)* \d+(\.\d+)+$/,
  /^Kubernetes Pod Security Standards \((Baseline|Restricted)\)$/,
  /^CWE-\d+$/
]

describe('control catalogue', () => {
  test('every rule.yml compiles against the schema, with unique ids, as one rule set', () => {
    let problems: string[] = []
    try {
      compileRules(readRuleFiles(CONTROLS, ROOT), { knownRows: ROW_IDS })
    } catch (error) {
      if (!(error instanceof RuleFileError)) throw error
      problems = error.problems.map(p => `${p.file}: ${p.path}: ${p.message}`)
    }
    expect(problems).toEqual([])
  })

  test('every control folder has a rule.yml', () => {
    expect(controls.filter(c => c.text === '').map(c => c.file)).toEqual([])
  })

  const rules = compileRules(readRuleFiles(CONTROLS, ROOT), { knownRows: ROW_IDS }).rules

  test('the folder is named after the id, and the id starts with the service', () => {
    const wrong = rules.filter(r => {
      const [, , service, folder] = r.file.split('/')
      return folder !== r.id || !r.id.startsWith(`${service}-`)
    })
    expect(wrong.map(r => `${r.file}: ${r.id}`)).toEqual([])
  })

  test('every row is one of the matrix rows', () => {
    expect(rules.filter(r => !ROW_IDS.includes(r.row)).map(r => `${r.id}: ${r.row}`)).toEqual([])
  })

  test('every claimed format has positive and negative fixtures with its extension', () => {
    const missing = rules.flatMap(rule => {
      const control = controls.find(c => c.file === rule.file)
      return rule.formats.flatMap(format => {
        const exts = FIXTURE_EXTENSIONS[format]
        return ['positive', 'negative']
          .filter(
            kind => !control?.fixtures.some(f => f.startsWith(kind) && exts.some(ext => f.endsWith(ext)))
          )
          .map(kind => `${rule.id}: no ${kind}N${exts.join('|')}`)
      })
    })
    expect(missing).toEqual([])
  })

  test('every expected.yml entry names an existing fixture; positives fail, negatives stay clean', () => {
    const wrong = controls.flatMap(control => {
      const expected = readExpected(control)
      const named = expected
        .filter(e => !control.fixtures.includes(e.file))
        .map(e => `${control.folder}: expected.yml names missing fixture ${e.file}`)
      const badOutcome = expected
        .filter(
          e => !['fail', 'unknown', 'error'].includes(e.outcome) || !Number.isInteger(e.line) || !e.address
        )
        .map(e => `${control.folder}: malformed entry ${JSON.stringify(e)}`)
      const silentPositives = control.fixtures
        .filter(f => f.startsWith('positive') && !expected.some(e => e.file === f && e.outcome === 'fail'))
        .map(f => `${control.folder}: ${f} expects no failure`)
      const failingNegatives = expected
        .filter(e => e.file.startsWith('negative'))
        .map(e => `${control.folder}: ${e.file} expects ${e.outcome}`)
      const silentUnknowns = control.fixtures
        .filter(f => f.startsWith('unknown') && !expected.some(e => e.file === f && e.outcome === 'unknown'))
        .map(f => `${control.folder}: ${f} expects no unknown`)
      return [...named, ...badOutcome, ...silentPositives, ...failingNegatives, ...silentUnknowns]
    })
    expect(wrong).toEqual([])
  })

  test('every control explains, remediates and cites only well-formed references', () => {
    const wrong = rules.filter(
      r =>
        r.explanation.split(/(?<=\.)\s+/).length < 2 ||
        r.remediation.length < 20 ||
        r.references.some(ref => !REFERENCE_IDS.some(pattern => pattern.test(ref.id)))
    )
    expect(wrong.map(r => r.id)).toEqual([])
  })
})
