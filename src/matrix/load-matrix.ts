import { buildMatrix } from './build-matrix.js'
import { checkMatrixDocuments } from './check-matrix-documents.js'
import type { Matrix, MatrixInput } from './types.js'

/**
 * Reads `rules/matrix.yml` and `rules/services.yml` (texts passed in), checks
 * both against their schemas and against each other, and returns the matrix.
 * Throws one `MatrixLoadError` listing every problem.
 */
export function loadMatrix(input: MatrixInput): Matrix {
  const { matrix, services } = checkMatrixDocuments(input)
  return buildMatrix(matrix, services)
}
