import type { Owner, Shift } from '../model.js'
import { rowLabel } from './rows.js'
import { shiftSentence } from './shift-text.js'
import type { Matrix } from './types.js'

/** Where a shift is shown: a resource's file, line and address in head. */
export interface ShiftPlace {
  file: string
  line: number
  address: string
}

/** One shift per row a pattern moves, each with its own sentence. */
export function shiftsForRows(
  matrix: Matrix,
  rows: readonly string[],
  place: ShiftPlace,
  change: { what: string; reason: string | undefined; from: Owner; to: Owner }
): Shift[] {
  const { what, reason, from, to } = change
  return rows.map(row => ({
    row,
    from,
    to,
    ...place,
    explanation: shiftSentence(what, reason, rowLabel(matrix, row), from, to)
  }))
}
