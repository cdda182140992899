import * as core from '@actions/core'
import { applyIgnores, isoDate, mergeSettings } from './config/index.js'
import { readPlanFile, type TerraformPlan } from './formats/terraform-plan/index.js'
import {
  createClient,
  findReportFiles,
  planReportRun,
  planRun,
  publishFromReport,
  readEvent,
  readInputs,
  readRunConfig,
  readShardReports,
  runAction,
  runShard,
  type ActionInputs,
  type RunEvent
} from './github/index.js'
import { workspacePath } from './github/write-report-file.js'
import { mergeReports } from './merge/index.js'
import type { Report } from './model.js'

/**
 * The action: inputs and event → check run, scan, comments and summary → gate.
 * With `from-report`, the scan is another workflow's: its report is checked and published instead.
 * With `merge-reports`, the scans are the shards' (`mode: shard`): their reports are merged and published.
 */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs()
    const event = readEvent()
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
    if (inputs.fromReport !== undefined && inputs.configGiven === true)
      throw new Error(
        "Input 'config' does not apply with 'from-report': the scanning workflow read the configuration; give this workflow the same 'fail-on' and 'fail-on-owner'"
      )
    const report =
      inputs.fromReport === undefined
        ? await scanAndPublish(inputs, event, workspace)
        : await publishFromReport(createClient(inputs.token), {
            inputs,
            event,
            workspace,
            ...planReportRun(inputs, event, workspace)
          })
    core.info(`Demarc: ${report.gate.conclusion}: ${report.gate.reason}`)
    // A shard's gate is the merge job's to enforce, on every shard's findings at once.
    if (report.gate.conclusion === 'failure' && inputs.mode !== 'shard')
      core.setFailed(`Demarc: ${report.gate.reason}`)
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}

/**
 * Reads the configuration file (from the base of a change, see
 * src/config/read-action-config.ts) before the check run goes up, so that a
 * bad configuration fails the step like a bad input, then scans (or merges
 * the shards' reports) and publishes.
 */
async function scanAndPublish(inputs: ActionInputs, event: RunEvent, workspace: string): Promise<Report> {
  const plan = planRun(inputs, event, workspace)
  const terraformPlan = readTerraformPlan(inputs, workspace)
  // The shards' reports are checked before any request: one Demarc cannot read stops the run here.
  const shards =
    inputs.mergeReports === undefined
      ? undefined
      : readShardReports(findReportFiles(inputs.mergeReports, workspace), workspace)
  const client = createClient(inputs.token)
  const loaded = await readRunConfig(client, inputs, event.repo, plan.range, workspace)
  const given = { ...(inputs.gateGiven ?? {}), include: inputs.paths, exclude: inputs.exclude }
  const settings = mergeSettings(given, loaded.config)
  const config = {
    rules: loaded.rules,
    matrix: loaded.matrix,
    ...settings,
    ...(terraformPlan === undefined ? {} : { plan: terraformPlan })
  }
  const run = { inputs, event, workspace, config, ...plan }
  if (shards !== undefined) {
    const merged = await core.group('Merge', async () => {
      const report = mergeReports(shards, settings.gate)
      core.info(
        `Merged ${shards.length} reports (${shards.map(s => s.source).join(', ')}): ${report.findings.length} findings, ${report.changes.length} changed resources`
      )
      return report
    })
    return runAction(client, { ...run, merged })
  }
  const file = loaded.config
  const finish =
    file === undefined
      ? undefined
      : (report: Report) =>
          applyIgnores(report, file.ignores, {
            file: file.file,
            today: isoDate(new Date()),
            gate: settings.gate
          })
  const scanRun = { ...run, ...(finish === undefined ? {} : { finish }) }
  return plan.shard ? runShard(client, scanRun) : runAction(client, scanRun)
}

/** The `terraform-plan` input's file, read before the scan: a bad plan fails the run, naming the input. */
function readTerraformPlan(inputs: ActionInputs, workspace: string): TerraformPlan | undefined {
  if (inputs.terraformPlan === undefined) return undefined
  workspacePath('terraform-plan', inputs.terraformPlan, workspace)
  try {
    return readPlanFile(inputs.terraformPlan, workspace, workspace)
  } catch (error) {
    throw new Error(`Input 'terraform-plan': ${(error as Error).message}`)
  }
}
