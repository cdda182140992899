import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FakeGitHub, RecordedCall } from '../../__tests__/fake-github/fake-github.js'
import { makeTempDir } from '../../__tests__/helpers/temp-repo.js'
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
  const temp = makeTempDir('demarc-bench-runner-')
  const files = {
    event: join(temp, 'event.json'),
    summary: join(temp, 'summary.md'),
    output: join(temp, 'output.txt')
  }
  writeFileSync(files.event, JSON.stringify(options.payload))
  writeFileSync(files.summary, '')
  writeFileSync(files.output, '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GIT_CONFIG_NOSYSTEM: '1',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'owner/repo',
    GITHUB_SHA: options.sha,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_API_URL: options.fake.url,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    RUNNER_TEMP: temp,
    'INPUT_GITHUB-TOKEN': options.token,
    ...options.env
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[`INPUT_${name.toUpperCase()}`] = value
  const before = options.fake.calls.length
  const run = await runChild(
    options.node,
    [...(options.nodeArgs ?? []), join(options.root, 'dist', 'index.js')],
    {
      cwd: options.workspace,
      env,
      onSpawn: pid => options.timeline.watch(pid)
    }
  )
  return {
    ...splitWallTime(run.wallMs, options.timeline.requests),
    status: run.status,
    stderr: run.stderr,
    summary: readFileSync(files.summary, 'utf8'),
    outputs: parseOutputs(readFileSync(files.output, 'utf8')),
    calls: options.fake.calls.slice(before)
  }
}

/** `name<<delimiter` … `delimiter` blocks, as @actions/core writes them. */
function parseOutputs(fileCommands: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of fileCommands.matchAll(/^(.+?)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm))
    out[m[1] as string] = m[3] as string
  return out
}
