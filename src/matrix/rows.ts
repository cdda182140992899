import type { Owner, RowRef } from '../model.js'
import type { Matrix, MatrixRow } from './types.js'

/** The row with this id; throws naming the id and the ids that exist. */
export function matrixRow(matrix: Matrix, row: string): MatrixRow {
  const found = matrix.rowById.get(row)
  if (found === undefined) {
    throw new Error(`Unknown matrix row "${row}"; expected one of ${[...matrix.rowById.keys()].join(', ')}`)
  }
  return found
}

/** The owner the checklist gives the row. */
export function ownerOf(matrix: Matrix, row: string): Owner {
  return matrixRow(matrix, row).owner
}

/** The row's checklist wording. */
export function rowTitle(matrix: Matrix, row: string): string {
  return matrixRow(matrix, row).title
}

/** The row's short name for sentences (`database patching`). */
export function rowLabel(matrix: Matrix, row: string): string {
  return matrixRow(matrix, row).label
}

/** For a row AWS owns or shares, what is still the customer's; undefined for customer rows. */
export function customerPart(matrix: Matrix, row: string): string | undefined {
  return matrixRow(matrix, row).customerPart
}

/** Row ids with their owners, in the order given, each once. */
export function rowRefs(matrix: Matrix, rows: Iterable<string>): RowRef[] {
  return [...new Set(rows)].map(row => ({ row, owner: ownerOf(matrix, row) }))
}
