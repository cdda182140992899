import * as core from '@actions/core'
import type { Report } from '../model.js'
import { renderJson, renderSarifText } from '../render/index.js'
import type { ActionInputs } from './read-inputs.js'
import { writeReportFile } from './write-report-file.js'

export interface WrittenFiles {
  reportFile?: string
  sarifFile?: string
}

/** The JSON report and the SARIF log, where `report-file` and `sarif-file` ask (inside the workspace). */
export function writeReports(report: Report, inputs: ActionInputs, workspace: string): WrittenFiles {
  const written: WrittenFiles = {}
  if (inputs.reportFile !== undefined) {
    writeReportFile('report-file', inputs.reportFile, workspace, renderJson(report))
    written.reportFile = inputs.reportFile
    core.info(`Report written to ${inputs.reportFile}`)
  }
  if (inputs.sarifFile !== undefined) {
    writeReportFile('sarif-file', inputs.sarifFile, workspace, renderSarifText(report))
    written.sarifFile = inputs.sarifFile
    core.info(`SARIF written to ${inputs.sarifFile}`)
  }
  return written
}
