// What the Actions runner gives a step — an event file, INPUT_* variables, the summary and output file
// commands, GITHUB_API_URL — set up for `node dist/index.js`, and the step's outputs read back. Shared by
// the action's end-to-end tests (harness.ts) and the benchmark (bench/action/run-action.ts).
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeTempDir } from '../helpers/temp-repo.js'

export interface RunnerSetup {
  event: string
  payload: object
  /** GITHUB_SHA. */
  sha: string
  workspace: string
  apiUrl: string
  token: string
  inputs?: Record<string, string>
  env?: Record<string, string>
}

export interface Runner {
  env: NodeJS.ProcessEnv
  /** The job summary written so far. */
  summary(): string
  /** The step's outputs (`new-findings`, `conclusion`, …) from the GITHUB_OUTPUT file. */
  outputs(): Record<string, string>
}

export function prepareRunner(setup: RunnerSetup): Runner {
  const temp = makeTempDir('demarc-runner-')
  const files = {
    event: join(temp, 'event.json'),
    summary: join(temp, 'summary.md'),
    output: join(temp, 'output.txt')
  }
  writeFileSync(files.event, JSON.stringify(setup.payload))
  writeFileSync(files.summary, '')
  writeFileSync(files.output, '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GIT_CONFIG_NOSYSTEM: '1',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: setup.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'owner/repo',
    GITHUB_SHA: setup.sha,
    GITHUB_WORKSPACE: setup.workspace,
    GITHUB_API_URL: setup.apiUrl,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    RUNNER_TEMP: temp,
    'INPUT_GITHUB-TOKEN': setup.token,
    ...setup.env
  }
  for (const [name, value] of Object.entries(setup.inputs ?? {})) env[`INPUT_${name.toUpperCase()}`] = value
  return {
    env,
    summary: () => readFileSync(files.summary, 'utf8'),
    outputs: () => parseOutputs(readFileSync(files.output, 'utf8'))
  }
}

/** `name<<delimiter` … `delimiter` blocks, as @actions/core writes them. */
function parseOutputs(fileCommands: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of fileCommands.matchAll(/^(.+?)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm))
    out[m[1] as string] = m[3] as string
  return out
}
