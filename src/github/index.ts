// The GitHub adapter: every request Demarc makes, and everything it tells the runner.
export { PermissionDenied } from './api-error.js'
export { apiSnapshot, type ApiSnapshot, type BlobCache } from './api-snapshot.js'
export { anchorFinding, type Anchor } from './anchor-finding.js'
export { changedFileOf, rangesOfPatch, type DiffEntry } from './changed-file-of.js'
export { createClient, type GitHubClient } from './client.js'
export { findReportFiles } from './find-report-files.js'
export { planReview, type PostedComment, type ReviewPlan } from './plan-review.js'
export { planRun, type RunPlan } from './plan-run.js'
export {
  planReportRun,
  publishFromReport,
  type ReportRun,
  type ReportRunPlan
} from './publish-from-report.js'
export { readEvent, type PullRequestRef, type RunEvent, type WorkflowRunRef } from './read-event.js'
export { readInputs, splitList, type ActionInputs } from './read-inputs.js'
export { readRunConfig } from './read-run-config.js'
export { readShardReports } from './read-shard-reports.js'
export type { RepoRef } from './repo-ref.js'
export { runAction, type ActionRun } from './run-action.js'
export { runShard } from './run-shard.js'
