import * as core from '@actions/core'
import type { FindingStatus, Report } from '../model.js'
import { OWNERS } from '../model.js'
import type { WrittenFiles } from './write-reports.js'

/**
 * The step's outputs: the conclusion, unsuppressed findings by status, new
 * ones by owner (`customer-findings`, `aws-findings`, `shared-findings`),
 * and the paths of the files written.
 */
export function setOutputs(report: Report, files: WrittenFiles): void {
  const counted = report.findings.filter(f => !f.suppressed)
  const status = (s: FindingStatus) => counted.filter(f => f.status === s)
  core.setOutput('conclusion', report.gate.conclusion)
  core.setOutput('new-findings', status('new').length)
  core.setOutput('fixed-findings', status('fixed').length)
  core.setOutput('existing-findings', status('existing').length)
  for (const owner of OWNERS)
    core.setOutput(`${owner}-findings`, status('new').filter(f => f.owner === owner).length)
  if (files.reportFile !== undefined) core.setOutput('report-file', files.reportFile)
  if (files.sarifFile !== undefined) core.setOutput('sarif-file', files.sarifFile)
}
