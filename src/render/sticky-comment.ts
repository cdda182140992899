import type { Report } from '../model.js'
import { code } from './escape.js'
import { GITHUB_LIMITS, utf8Length } from './limits.js'
import { renderBudgeted } from './markdown.js'

/**
 * The hidden first line of the summary comment. Find the comment to update by
 * `body.startsWith(SUMMARY_MARKER)` on comments written by the same account:
 * anyone can post a comment that merely contains it.
 */
export const SUMMARY_MARKER = '<!-- demarc:summary -->'

/**
 * The pull request comment of `comments: summary` mode: the marker, then the
 * review within GitHub's comment size; rows that do not fit are left out with
 * a note pointing at the job summary and `fullReport`.
 */
export function renderStickyComment(report: Report, options: { fullReport?: string }): string {
  const where =
    options.fullReport === undefined
      ? "see this run's job summary"
      : `see this run's job summary or the report file ${code(options.fullReport)}`
  const room = GITHUB_LIMITS.commentBodyBytes - utf8Length(`${SUMMARY_MARKER}\n`)
  return `${SUMMARY_MARKER}\n${renderBudgeted(report, room, where)}`
}
