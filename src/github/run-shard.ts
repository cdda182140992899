import * as core from '@actions/core'
import type { Report } from '../model.js'
import type { GitHubClient } from './client.js'
import { scanRequest, type ActionRun } from './run-action.js'
import { scanEvent } from './scan-event.js'
import { setOutputs } from './set-outputs.js'
import { writeReports } from './write-reports.js'

/**
 * `mode: shard`: one job of a matrix that splits a large repository by
 * `paths`. It scans its part and writes `report-file` (and `sarif-file`)
 * and the outputs, and nothing else — no check run, comments, annotations
 * or job summary: the job that merges the shards' reports (`merge-reports`)
 * publishes them once. The gate is that job's too, so a shard's step fails
 * only when the scan cannot run.
 */
export async function runShard(client: GitHubClient, run: ActionRun): Promise<Report> {
  const scanned = await core.group('Scan', () => scanEvent(client, scanRequest(run)))
  const report = run.finish === undefined ? scanned.report : run.finish(scanned.report)
  const files = writeReports(report, run.inputs, run.workspace)
  setOutputs(report, files)
  const fresh = report.findings.filter(f => f.status === 'new' && !f.suppressed).length
  core.info(
    `Shard scanned: ${report.findings.length} findings (${fresh} new), ${report.changes.length} changed resources; the job that merges the shards' reports publishes them and decides the gate`
  )
  return report
}
