import * as core from '@actions/core'
import { applyIgnores, describeConfig, isoDate, mergeSettings, readBundledSources } from './config/index.js'
import { readActionConfig } from './config/read-action-config.js'
import { readPlanFile, type TerraformPlan } from './formats/terraform-plan/index.js'
import {
  createClient,
  planReportRun,
  planRun,
  publishFromReport,
  readEvent,
  readInputs,
  runAction,
  type ActionInputs,
  type RunEvent
} from './github/index.js'
import { workspacePath } from './github/write-report-file.js'
import type { Report } from './model.js'

/**
 * The action: inputs and event → check run, scan, comments and summary → gate.
 * With `from-report`, the scan is another workflow's: its report is checked and published instead.
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
    if (report.gate.conclusion === 'failure') core.setFailed(`Demarc: ${report.gate.reason}`)
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}

/**
 * Reads the configuration file (from the base of a change, see
 * src/config/read-action-config.ts) before the check run goes up, so that a
 * bad configuration fails the step like a bad input, then scans and publishes.
 */
async function scanAndPublish(inputs: ActionInputs, event: RunEvent, workspace: string): Promise<Report> {
  const plan = planRun(inputs, event, workspace)
  const terraformPlan = readTerraformPlan(inputs, workspace)
  const client = createClient(inputs.token)
  const loaded = await core.group('Configuration', async () => {
    const request = { root: workspace, repo: event.repo, range: plan.range, file: inputs.config }
    const read = await readActionConfig(
      client,
      { ...request, explicit: inputs.configGiven === true },
      readBundledSources()
    )
    core.info(describeConfig(read, inputs.config, read.revision))
    return read
  })
  const given = { ...(inputs.gateGiven ?? {}), include: inputs.paths, exclude: inputs.exclude }
  const settings = mergeSettings(given, loaded.config)
  const config = {
    rules: loaded.rules,
    matrix: loaded.matrix,
    ...settings,
    ...(terraformPlan === undefined ? {} : { plan: terraformPlan })
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
  return runAction(client, {
    inputs,
    event,
    workspace,
    config,
    ...plan,
    ...(finish === undefined ? {} : { finish })
  })
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
