import * as core from '@actions/core'
import { loadBundledConfig } from './config/load-bundled-config.js'
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

async function scanAndPublish(inputs: ActionInputs, event: RunEvent, workspace: string): Promise<Report> {
  const plan = planRun(inputs, event, workspace)
  const bundled = loadBundledConfig()
  const terraformPlan = readTerraformPlan(inputs, workspace)
  const config = {
    ...bundled,
    gate: { failOn: inputs.failOn, owners: inputs.failOnOwner },
    include: inputs.paths,
    exclude: inputs.exclude,
    ...(terraformPlan === undefined ? {} : { plan: terraformPlan })
  }
  const client = createClient(inputs.token)
  return runAction(client, { inputs, event, workspace, config, ...plan })
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
