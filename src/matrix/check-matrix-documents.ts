import type { ValidateFunction } from 'ajv'
import type { MatrixDocuments, MatrixDocument, ServicesDocument } from './documents.js'
import { MatrixLoadError } from './matrix-error.js'
import { matrixProblems } from './matrix-problems.js'
import { parseYaml } from './parse-yaml.js'
import { schemaProblems } from './schema-problems.js'
import { serviceProblems } from './service-problems.js'
import { validators } from './schemas.js'
import type { MatrixInput, RulesText } from './types.js'

/**
 * Reads `rules/matrix.yml` and `rules/services.yml` (texts passed in) and
 * checks both against their schemas and against each other. Throws one
 * {@link MatrixLoadError} listing every problem, each naming the file and
 * the key path (or line, for YAML syntax errors). Loads the YAML reader and
 * the schema validator: `npm run build` runs it once and ships the checked
 * documents in the rules pack, so a scan does not.
 */
export function checkMatrixDocuments(input: MatrixInput): MatrixDocuments {
  const problems: string[] = []
  const { matrix: validateMatrix, services: validateServices } = validators()
  const matrix = readDocument<MatrixDocument>(input.matrix, validateMatrix, problems)
  const services = readDocument<ServicesDocument>(input.services, validateServices, problems)
  if (matrix) problems.push(...matrixProblems(input.matrix.file, matrix))
  if (matrix && services) {
    const rowIds = new Set(matrix.rows.map(row => row.id))
    problems.push(...serviceProblems(input.services.file, services, rowIds))
  }
  if (problems.length > 0 || !matrix || !services) throw new MatrixLoadError(problems)
  return { matrix, services }
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
