// demarc merge: the reports of shards of one run (the same commits, different paths) as one report.
export { mergeReports } from './merge-reports.js'
export { RefusedMerge } from './refused-merge.js'
export type { SourcedReport } from './sourced-report.js'
