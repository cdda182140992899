import type { RuleSet } from '../engine/index.js'
import type { ScanError } from '../model.js'
import type { InlineSuppression } from './inline-suppressions.js'

/** A suppression naming a rule Demarc does not have suppresses nothing; each is reported at its line. */
export function unknownRuleIds(suppressions: readonly InlineSuppression[], rules: RuleSet): ScanError[] {
  return suppressions.flatMap(s =>
    s.ruleIds
      .filter(id => rules.byId(id) === undefined)
      .map(id => ({ file: s.file, line: s.line, message: `demarc:ignore names an unknown rule '${id}'` }))
  )
}
