import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Report } from '../../src/model.js'
import { isolateGitConfig, makeTempDir, removeTempDirs, type TempRepo } from '../helpers/temp-repo.js'
import { createDemoRepo } from './demo-repo.js'
import { runBundle } from './run-bundle.js'

let restore: () => void
let demo: { repo: TempRepo; base: string; head: string }

beforeAll(() => {
  restore = isolateGitConfig()
  demo = createDemoRepo()
})

afterAll(() => {
  removeTempDirs()
  restore()
})

/** Runs dist/index.js the way the Actions runner does: event file, workspace, INPUT_* and file commands. */
function runAction(event: string, payload: object, inputs: Record<string, string>) {
  const temp = makeTempDir('demarc-runner-')
  const files = {
    event: join(temp, 'event.json'),
    summary: join(temp, 'summary.md'),
    output: join(temp, 'output.txt')
  }
  writeFileSync(files.event, JSON.stringify(payload))
  writeFileSync(files.summary, '')
  writeFileSync(files.output, '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GIT_CONFIG_NOSYSTEM: '1',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_SHA: demo.head,
    GITHUB_WORKSPACE: demo.repo.dir,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    RUNNER_TEMP: temp,
    'INPUT_GITHUB-TOKEN': 'ghs_test_token_never_printed'
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const run = runBundle('dist/index.js', [], { cwd: demo.repo.dir, env })
  return { ...run, summary: readFileSync(files.summary, 'utf8'), output: readFileSync(files.output, 'utf8') }
}

function outputs(fileCommands: string): Record<string, string> {
  const out: Record<string, string> = {}
  const re = /^(.+?)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm
  for (const m of fileCommands.matchAll(re)) out[m[1] as string] = m[3] as string
  return out
}

describe('dist/index.js on a pull_request event', () => {
  const payload = () => ({ pull_request: { number: 7, base: { sha: demo.base }, head: { sha: demo.head } } })

  test('scans the PR range, writes the summary, outputs and report, and fails the step', () => {
    const run = runAction('pull_request', payload(), { 'fail-on': 'high', 'report-file': 'demarc.json' })
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/::error::Demarc: \d+ new findings at high or above/)
    expect(run.summary).toContain('## ❌ Demarc: failure')
    expect(run.summary).toContain('### Responsibility shifts')
    const out = outputs(run.output)
    expect(out.conclusion).toBe('failure')
    expect(Number(out['new-findings'])).toBe(5)
    expect(out['fixed-findings']).toBe('1')
    const report = JSON.parse(readFileSync(join(demo.repo.dir, 'demarc.json'), 'utf8')) as Report
    expect(report.scope).toEqual({ base: demo.base, head: demo.head, mode: 'changes' })
    expect(`${run.stdout}${run.stderr}${run.summary}${run.output}`).not.toContain(
      'ghs_test_token_never_printed'
    )
  })

  test('fail-on never reports without failing the step', () => {
    const run = runAction('pull_request', payload(), { 'fail-on': 'never' })
    expect(run.status).toBe(0)
    expect(outputs(run.output).conclusion).toBe('neutral')
  })

  test('an invalid input fails fast, naming the input and the allowed values', () => {
    const run = runAction('pull_request', payload(), { 'fail-on': 'sometimes' })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain(
      "::error::Input 'fail-on' must be one of critical, high, medium, low, info, never; got 'sometimes'"
    )
  })

  test('workflow_dispatch with scope all scans the whole checkout', () => {
    const run = runAction('workflow_dispatch', { inputs: {} }, { scope: 'all' })
    expect(run.status).toBe(0)
    expect(run.summary).toContain('Whole tree')
    expect(outputs(run.output)['new-findings']).toBe('0')
  })
})
