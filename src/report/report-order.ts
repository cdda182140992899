import type { Change, Finding, ScanError, Shift, SkippedFile, UnknownOutcome } from '../model.js'
import { SEVERITIES } from '../model.js'

/**
 * The order of every list of a report. Each is total: two items that
 * compare equal are equal in every field, so any union of the same items
 * sorts the same way — how `demarc merge` rebuilds, from the reports of
 * shards, the order one scan of everything gives.
 */

/** Text as people read it (`localeCompare`), then by code unit, so that distinct texts never tie. */
export function compareText(a: string, b: string): number {
  return a.localeCompare(b) || (a < b ? -1 : a > b ? 1 : 0)
}

const CHANGE_ORDER = { added: 0, modified: 1, removed: 2 }

/** Changes by place: file, line, then what tells two changes at one place apart (a rename: added, then removed). */
export function compareChanges(a: Change, b: Change): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.endLine - b.endLine ||
    CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change] ||
    compareText(a.address, b.address) ||
    compareText(a.fingerprint ?? '', b.fingerprint ?? '') ||
    compareText(a.type, b.type) ||
    compareText(JSON.stringify(a), JSON.stringify(b))
  )
}

const STATUS_ORDER = { new: 0, fixed: 1, existing: 2 }

/** Findings new, fixed, existing; each by severity, then place; the fingerprint (unique) settles the rest. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    compareText(a.file, b.file) ||
    a.line - b.line ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.address, b.address) ||
    compareText(a.fingerprint, b.fingerprint)
  )
}

/** Shifts by place, then row. */
export function compareShifts(a: Shift, b: Shift): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    compareText(a.address, b.address) ||
    compareText(a.row, b.row) ||
    compareText(JSON.stringify(a), JSON.stringify(b))
  )
}

/** Unsettled checks by place, then rule. */
export function compareUnknown(a: UnknownOutcome, b: UnknownOutcome): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.address, b.address) ||
    compareText(a.fingerprint ?? '', b.fingerprint ?? '') ||
    compareText(a.expr, b.expr)
  )
}

/** Errors by place (an error without a line first in its file), then message. */
export function compareErrors(a: ScanError, b: ScanError): number {
  return compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareText(a.message, b.message)
}

/** Skipped files by path, then reason. */
export function compareSkipped(a: SkippedFile, b: SkippedFile): number {
  return compareText(a.file, b.file) || compareText(a.reason, b.reason)
}
