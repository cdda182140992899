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
  return orderShifts(shiftsByPattern(matrix, base, head, patterns))
}

/**
 * The shifts of each pattern, in pattern order, not yet sorted: a scan that
 * takes its units a batch at a time adds up each pattern's lists, then
 * orders them once with {@link orderShifts}.
 */
export function shiftsByPattern(
  matrix: Matrix,
  base: readonly Resource[],
  head: readonly Resource[],
  patterns: readonly ShiftPattern[] = SHIFT_PATTERNS
): Shift[][] {
  return patterns.map(pattern => shiftsOf(matrix, pattern, base, head))
}

/** Pattern by pattern, each by file, line and address. */
export function orderShifts(byPattern: Shift[][]): Shift[] {
  return byPattern.flatMap(byLocation)
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
  return shifts.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.address.localeCompare(b.address)
  )
}
