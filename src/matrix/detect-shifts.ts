import type { Resource, Shift } from '../model.js'
import { attributeShifts } from './attribute-shifts.js'
import { replacementShifts } from './replacement-shifts.js'
import { SHIFT_PATTERNS, type ShiftPattern } from './shift-patterns.js'
import type { Matrix } from './types.js'

/**
 * Responsibility shifts between base and head, resources matched by key, in
 * the order of {@link SHIFT_PATTERNS} and then by file and line.
 */
export function detectShifts(
  matrix: Matrix,
  base: readonly Resource[],
  head: readonly Resource[],
  patterns: readonly ShiftPattern[] = SHIFT_PATTERNS
): Shift[] {
  return patterns.flatMap(pattern => byLocation(shiftsOf(matrix, pattern, base, head)))
}

function shiftsOf(
  matrix: Matrix,
  pattern: ShiftPattern,
  base: readonly Resource[],
  head: readonly Resource[]
): Shift[] {
  switch (pattern.kind) {
    case 'attribute':
      return attributeShifts(matrix, pattern, base, head)
    case 'replacement':
      return replacementShifts(matrix, pattern, base, head)
  }
}

function byLocation(shifts: Shift[]): Shift[] {
  return shifts.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
}
