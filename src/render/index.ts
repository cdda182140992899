export { renderJson } from './json.js'
export { renderMarkdown } from './markdown.js'
export type { MarkdownOptions } from './markdown.js'
export { renderTerminal } from './terminal.js'
export type { TerminalOptions } from './terminal.js'
export { code, escapeText, inlineMessage, plainText } from './escape.js'
export { GITHUB_LIMITS, fitMarkdown, fitText, utf8Length } from './limits.js'
export type { Budget } from './limits.js'
export { checkRunTitle, renderCheckRun } from './check-run.js'
export type { CheckRunOutput } from './check-run.js'
export { batches, renderAnnotations } from './annotations.js'
export type { Annotation, AnnotationLevel } from './annotations.js'
export {
  applyFixedNote,
  findingMarker,
  parseFindingMarker,
  renderFixedNote,
  renderReviewComment
} from './review-comment.js'
export type { FixedFinding, ReviewCommentOptions } from './review-comment.js'
export { SUMMARY_MARKER, renderStickyComment } from './sticky-comment.js'
export { renderJobSummary } from './job-summary.js'
export { SARIF_SCHEMA, renderSarif, renderSarifText } from './sarif.js'
export type { SarifLog } from './sarif-types.js'
