import { readFileSync } from 'node:fs'
import { loadMatrix } from '../../src/matrix/load-matrix.js'
import type { Matrix, MatrixInput, RulesText } from '../../src/matrix/index.js'

function read(file: string): RulesText {
  return { file, text: readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8') }
}

/** The repository's own rules/matrix.yml and rules/services.yml, as texts. */
export function realRuleTexts(): MatrixInput {
  return { matrix: read('rules/matrix.yml'), services: read('rules/services.yml') }
}

let loaded: Matrix | undefined

/** The repository's own matrix, loaded once per test file. */
export function realMatrix(): Matrix {
  loaded ??= loadMatrix(realRuleTexts())
  return loaded
}
