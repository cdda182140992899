import * as core from '@actions/core'
import { loadBundledConfig } from './config/load-bundled-config.js'
import { createClient, planRun, readEvent, readInputs, runAction } from './github/index.js'

/** The action: inputs and event → check run, scan, comments and summary → gate. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs()
    const event = readEvent()
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
    const plan = planRun(inputs, event, workspace)
    const bundled = loadBundledConfig()
    const config = {
      ...bundled,
      gate: { failOn: inputs.failOn, owners: inputs.failOnOwner },
      include: inputs.paths,
      exclude: inputs.exclude
    }
    const client = createClient(inputs.token)
    const report = await runAction(client, { inputs, event, workspace, config, ...plan })
    core.info(`Demarc: ${report.gate.conclusion}: ${report.gate.reason}`)
    if (report.gate.conclusion === 'failure') core.setFailed(`Demarc: ${report.gate.reason}`)
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
