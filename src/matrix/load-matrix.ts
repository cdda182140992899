import type { ValidateFunction } from 'ajv'
import { buildMatrix } from './build-matrix.js'
import type { MatrixDocument, ServicesDocument } from './documents.js'
import { MatrixLoadError } from './matrix-error.js'
import { matrixProblems } from './matrix-problems.js'
import { parseYaml } from './parse-yaml.js'
import { schemaProblems } from './schema-problems.js'
import { serviceProblems } from './service-problems.js'
import { validators } from './schemas.js'
import type { Matrix, MatrixInput, RulesText } from './types.js'

/**
 * Reads `rules/matrix.yml` and `rules/services.yml` (texts passed in), checks
 * both against their schemas and against each other, and returns the matrix.
 * Throws one {@link MatrixLoadError} listing every problem, each naming the
 * file and the key path (or line, for YAML syntax errors).
 */
export function loadMatrix(input: MatrixInput): Matrix {
  const problems: string[] = []
  const { matrix: validateMatrix, services: validateServices } = validators()
  const matrixDoc = readDocument<MatrixDocument>(input.matrix, validateMatrix, problems)
  const servicesDoc = readDocument<ServicesDocument>(input.services, validateServices, problems)
  if (matrixDoc) problems.push(...matrixProblems(input.matrix.file, matrixDoc))
  if (matrixDoc && servicesDoc) {
    const rowIds = new Set(matrixDoc.rows.map(row => row.id))
    problems.push(...serviceProblems(input.services.file, servicesDoc, rowIds))
  }
  if (problems.length > 0 || !matrixDoc || !servicesDoc) throw new MatrixLoadError(problems)
  return buildMatrix(matrixDoc, servicesDoc)
}

function readDocument<T>(source: RulesText, validate: ValidateFunction, problems: string[]): T | undefined {
  const parsed = parseYaml(source)
  if (!parsed.ok) {
    problems.push(parsed.problem)
    return undefined
  }
  if (validate(parsed.value)) return parsed.value as T
  problems.push(...schemaProblems(source.file, parsed.value, validate.errors ?? []))
  return undefined
}
