import { join } from 'node:path'
import type { FakeGitHub, RecordedCall } from '../../__tests__/fake-github/fake-github.js'
import { prepareRunner } from '../../__tests__/action/runner.js'
import { runChild } from '../child/run-child.js'
import type { RequestTimeline } from './request-timeline.js'
import { splitWallTime, type WallSplit } from './split-wall-time.js'

export interface ActionRunOptions {
  root: string
  node: string
  fake: FakeGitHub
  timeline: RequestTimeline
  workspace: string
  event: string
  payload: object
  sha: string
  token: string
  inputs?: Record<string, string>
  /** Extra Node arguments (a usage probe, --cpu-prof) and environment. */
  nodeArgs?: string[]
  env?: Record<string, string>
}

export interface ActionRunResult extends WallSplit {
  status: number | null
  stderr: string
  summary: string
  /** The step's outputs (`new-findings`, `conclusion`, …) from the GITHUB_OUTPUT file. */
  outputs: Record<string, string>
  calls: RecordedCall[]
}

/**
 * `node dist/index.js` as the Actions runner starts it — event file, INPUT_* variables, file commands,
 * GITHUB_API_URL at the fake — the way __tests__/action/harness.ts does, with the process id handed to the
 * request timeline so that waiting can be told from working.
 */
export async function runActionTimed(options: ActionRunOptions): Promise<ActionRunResult> {
  const runner = prepareRunner({ ...options, apiUrl: options.fake.url })
  const before = options.fake.calls.length
  const run = await runChild(
    options.node,
    [...(options.nodeArgs ?? []), join(options.root, 'dist', 'index.js')],
    {
      cwd: options.workspace,
      env: runner.env,
      onSpawn: pid => options.timeline.watch(pid)
    }
  )
  return {
    ...splitWallTime(run.wallMs, options.timeline.requests),
    status: run.status,
    stderr: run.stderr,
    summary: runner.summary(),
    outputs: runner.outputs(),
    calls: options.fake.calls.slice(before)
  }
}
