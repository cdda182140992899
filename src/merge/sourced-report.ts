import type { Report } from '../model.js'

/** A report and where it was read from (a file name), for messages. */
export interface SourcedReport {
  source: string
  report: Report
}
