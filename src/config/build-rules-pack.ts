import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { checkRuleDocuments } from '../engine/check-rule-documents.js'
import { buildRuleSet, RuleFileError, type CheckedRule } from '../engine/index.js'
import { readRuleFiles } from '../engine/read-rule-files.js'
import type { Format } from '../model.js'
import { checkMatrixDocuments } from '../matrix/check-matrix-documents.js'
import { RULES_PACK_FORMAT, type RulesPack } from './rules-pack.js'

/**
 * Reads `rules/` under `root` and checks it as a run once did at every
 * start: the matrix and the services catalogue against their schemas and
 * each other, every `rules/controls/**\/rule.yml` against the rule schema,
 * the matrix rows and the other controls' ids — and compiles every
 * condition, which a run does only for the types it meets. Throws the
 * loaders' errors (MatrixLoadError, RuleFileError) listing every problem.
 */
export function buildRulesPack(root: string): RulesPack {
  const read = (file: string) => ({ file, text: readFileSync(join(root, file), 'utf8') })
  const { matrix, services } = checkMatrixDocuments({
    matrix: read('rules/matrix.yml'),
    services: read('rules/services.yml')
  })
  const rules = checkRuleDocuments(readRuleFiles(join(root, 'rules', 'controls'), root), {
    knownRows: matrix.rows.map(row => row.id)
  })
  const lossy = rules.filter(r => !survivesJson(r))
  if (lossy.length > 0)
    throw new RuleFileError(
      lossy.map(({ file }) => ({
        file,
        path: '',
        message: 'a value is not plain JSON data (a date, .nan, .inf): quote it in the YAML'
      }))
    )
  compileEverySelector(rules)
  if (!survivesJson({ matrix, services }))
    throw new Error('rules/matrix.yml or rules/services.yml holds a value that is not plain JSON data')
  return { format: RULES_PACK_FORMAT, matrix, services, rules }
}

/** The pack as `npm run build` writes it: compact, deterministic (the files' order and keys as written). */
export function renderRulesPack(pack: RulesPack): string {
  return `${JSON.stringify(pack)}\n`
}

function compileEverySelector(rules: readonly CheckedRule[]): void {
  const set = buildRuleSet(rules)
  const problems = rules.flatMap(({ file, rule }) =>
    Object.entries(rule.formats).flatMap(([format, selector]) => {
      try {
        for (const type of selector.types) set.applicable(format as Format, type)
        return []
      } catch (error) {
        return [{ file, path: `formats.${format}`, message: `does not compile: ${(error as Error).message}` }]
      }
    })
  )
  if (problems.length > 0) throw new RuleFileError(problems)
}

function survivesJson(value: object): boolean {
  return isDeepStrictEqual(JSON.parse(JSON.stringify(value)), value)
}
