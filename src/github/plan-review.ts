import type { Finding, Report } from '../model.js'
import { SEVERITIES } from '../model.js'
import { applyFixedNote, parseFindingMarker, renderReviewComment } from '../render/index.js'
import type { ChangedFile } from '../scope/index.js'
import { anchorFinding } from './anchor-finding.js'

/** A review comment already on the pull request. */
export interface PostedComment {
  id: number
  body: string
  /** The file it is on. */
  path: string
  /** Set on replies; Demarc's markers are only read from top-level comments. */
  inReplyTo?: number
}

export interface NewComment {
  finding: Finding
  path: string
  line: number
  body: string
}

export interface ReviewPlan {
  /** Inline comments for the one review this run posts. */
  create: NewComment[]
  /** Comments whose finding's text changed, or whose finding is fixed or gone. */
  edit: { id: number; body: string; why: 'changed' | 'fixed' }[]
  /** New findings that already have their comment, unchanged. */
  kept: number
  /** New findings with no line of the diff to sit on: check run only. */
  outsideDiff: Finding[]
  /** New findings left out by `max-comments`: check run only. */
  overLimit: Finding[]
}

/**
 * What to post and edit so the pull request shows one comment per new
 * finding, and never the same one twice: comments are matched to findings
 * by the fingerprint marker in their body. At most `maxComments` findings
 * get an inline comment, the most severe first; those already commented
 * keep theirs, so a re-run adds nothing.
 */
export function planReview(
  report: Report,
  changed: readonly ChangedFile[],
  posted: readonly PostedComment[],
  maxComments: number
): ReviewPlan {
  const byFingerprint = commentsByFingerprint(posted)
  const files = new Map(changed.map(file => [file.path, file]))
  const plan: ReviewPlan = { create: [], edit: [], kept: 0, outsideDiff: [], overLimit: [] }
  const fresh = report.findings.filter(f => f.status === 'new' && !f.suppressed).sort(bySeverity)
  let slots = maxComments - fresh.filter(f => byFingerprint.has(f.fingerprint)).length
  for (const finding of fresh) {
    const comment = byFingerprint.get(finding.fingerprint)
    const anchor = anchorFinding(finding, files.get(finding.file), report.changes)
    const body = renderReviewComment(finding, report, anchor?.moved ? { anchoredFrom: anchor.line } : {})
    if (comment !== undefined) {
      if (comment.body === body) plan.kept += 1
      else plan.edit.push({ id: comment.id, body, why: 'changed' })
    } else if (anchor === undefined) {
      plan.outsideDiff.push(finding)
    } else if (slots > 0) {
      slots -= 1
      plan.create.push({ finding, path: anchor.path, line: anchor.line, body })
    } else {
      plan.overLimit.push(finding)
    }
  }
  plan.edit.push(...fixedEdits(report, byFingerprint))
  return plan
}

/**
 * Comments of findings the pull request no longer has: fixed against the
 * base, or gone since the push that brought them. A finding in a file the
 * scan could not read is not taken for fixed.
 */
function fixedEdits(report: Report, byFingerprint: Map<string, PostedComment>): ReviewPlan['edit'] {
  const edits: ReviewPlan['edit'] = []
  const findings = new Map(report.findings.map(f => [f.fingerprint, f]))
  const unreadable = new Set(report.errors.map(e => e.file))
  for (const [fingerprint, comment] of byFingerprint) {
    const finding = findings.get(fingerprint)
    // A finding gone from the report altogether (added by one push, removed by a later one) is fixed too,
    // unless its file could not be read this time.
    const gone = finding === undefined && !unreadable.has(comment.path)
    if (finding?.status !== 'fixed' && !gone) continue
    const body = applyFixedNote(comment.body, finding ?? { fingerprint }, { head: report.scope.head })
    if (body !== comment.body) edits.push({ id: comment.id, body, why: 'fixed' })
  }
  return edits
}

/** The first top-level comment carrying each fingerprint. */
function commentsByFingerprint(posted: readonly PostedComment[]): Map<string, PostedComment> {
  const map = new Map<string, PostedComment>()
  for (const comment of posted) {
    if (comment.inReplyTo !== undefined) continue
    const fingerprint = parseFindingMarker(comment.body)
    if (fingerprint !== undefined && !map.has(fingerprint)) map.set(fingerprint, comment)
  }
  return map
}

function bySeverity(a: Finding, b: Finding): number {
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line
  )
}
