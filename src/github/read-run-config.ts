import * as core from '@actions/core'
import { describeConfig, readBundledSources, type LoadedConfig } from '../config/index.js'
import { readActionConfig } from '../config/read-action-config.js'
import type { EventRange } from '../scope/event-range.js'
import type { GitHubClient } from './client.js'
import type { ActionInputs } from './read-inputs.js'
import type { RepoRef } from './repo-ref.js'

/**
 * The configuration file for this run, read from the base of a change (see
 * src/config/read-action-config.ts) before the check run goes up, so that a
 * bad configuration fails the step like a bad input.
 */
export function readRunConfig(
  client: GitHubClient,
  inputs: ActionInputs,
  repo: RepoRef,
  range: EventRange,
  workspace: string
): Promise<LoadedConfig> {
  return core.group('Configuration', async () => {
    const request = { root: workspace, repo, range, file: inputs.config }
    const read = await readActionConfig(
      client,
      { ...request, explicit: inputs.configGiven === true },
      readBundledSources()
    )
    core.info(describeConfig(read, inputs.config, read.revision))
    return read
  })
}
