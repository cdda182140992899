import type { Owner, OwnerOverride, Report } from '../model.js'

/** The configuration file's override of a row's owner, if it set one. */
export function ownerOverrideOf(report: Report, row: string): OwnerOverride | undefined {
  return report.rows.find(r => r.row === row)?.ownerOverride
}

const MATRIX_OWNER: Record<Owner, string> = { customer: 'customer', aws: 'AWS', shared: 'shared' }

/**
 * `set by <file>; the matrix says AWS`: an owner the organisation assigned
 * is always shown as such, next to the owner it replaces. `file` comes
 * already escaped for where it goes (a code span, plain text).
 */
export function overrideWords(override: OwnerOverride, file: string): string {
  return `set by ${file}; the matrix says ${MATRIX_OWNER[override.from]}`
}
