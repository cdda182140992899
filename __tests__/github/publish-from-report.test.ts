import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from '@jest/globals'
import { planReportRun } from '../../src/github/publish-from-report.js'
import { readArtifactFile } from '../../src/github/read-artifact-file.js'
import type { ActionInputs } from '../../src/github/read-inputs.js'
import type { RunEvent, WorkflowRunRef } from '../../src/github/read-event.js'
import { makeTempDir, removeTempDirs } from '../helpers/temp-repo.js'

afterAll(() => removeTempDirs())

const inputs: ActionInputs = {
  token: 't',
  mode: 'auto',
  scope: 'changes',
  paths: [],
  exclude: [],
  config: '.github/demarc.yml',
  failOn: 'high',
  failOnOwner: ['customer', 'shared'],
  comments: 'review',
  maxComments: 25,
  checkName: 'Demarc',
  fromReport: 'demarc/report.json',
  pullRequestNumberFile: 'demarc/pull-request-number'
}

const workflowRun: WorkflowRunRef = {
  id: 7,
  headSha: 'a'.repeat(40),
  event: 'pull_request',
  status: 'completed',
  conclusion: 'failure',
  pullRequests: []
}

function event(over: Partial<WorkflowRunRef> = {}, name = 'workflow_run'): RunEvent {
  return {
    name,
    repo: { owner: 'owner', repo: 'repo' },
    sha: 'b'.repeat(40),
    payload: {},
    workflowRun: { ...workflowRun, ...over }
  }
}

describe('planReportRun', () => {
  const workspace = makeTempDir('demarc-plan-')

  test('a completed pull_request run, succeeded or failed: review unless mode is report', () => {
    expect(planReportRun(inputs, event(), workspace)).toEqual({
      workflowRun,
      review: true,
      numberFile: 'demarc/pull-request-number',
      reportFile: 'demarc/report.json'
    })
    expect(planReportRun(inputs, event({ conclusion: 'success' }), workspace).review).toBe(true)
    expect(planReportRun({ ...inputs, mode: 'report' }, event(), workspace).review).toBe(false)
  })

  test.each([
    [
      'another event',
      [inputs, event({}, 'pull_request')],
      "on a 'workflow_run' event; this is a 'pull_request' event"
    ],
    [
      'a run of another event',
      [inputs, event({ event: 'pull_request_target' })],
      "triggered by 'pull_request_target', not 'pull_request'"
    ],
    [
      'a run still in progress',
      [inputs, event({ status: 'in_progress', conclusion: null })],
      "is 'in_progress', not completed"
    ],
    ['a cancelled run', [inputs, event({ conclusion: 'cancelled' })], "concluded 'cancelled'"],
    [
      'no number file',
      [{ ...inputs, pullRequestNumberFile: undefined }, event()],
      "Input 'pull-request-number-file' is required"
    ],
    ['base', [{ ...inputs, base: 'main' }, event()], "Input 'base' does not apply with 'from-report'"],
    ['paths', [{ ...inputs, paths: ['infra'] }, event()], "Input 'paths' does not apply with 'from-report'"],
    ['scope all', [{ ...inputs, scope: 'all' }, event()], "Input 'scope' does not apply"],
    [
      'a report-file outside the workspace',
      [{ ...inputs, reportFile: '../x.json' }, event()],
      "Input 'report-file' must name a file inside the workspace"
    ]
  ] as [string, [ActionInputs, RunEvent], string][])('refuses %s', (_what, [given, run], message) => {
    expect(() => planReportRun(given, run, workspace)).toThrow(message)
  })
})

describe('readArtifactFile', () => {
  const workspace = makeTempDir('demarc-artifact-')
  mkdirSync(join(workspace, 'demarc'))
  writeFileSync(join(workspace, 'demarc', 'report.json'), '{}')
  const outside = makeTempDir('demarc-outside-')
  writeFileSync(join(outside, 'secret'), 'secret')
  symlinkSync(join(outside, 'secret'), join(workspace, 'demarc', 'link.json'))
  symlinkSync(outside, join(workspace, 'out'))

  test('reads a regular file inside the workspace', () => {
    expect(readArtifactFile('from-report', 'demarc/report.json', workspace, 10)).toBe('{}')
  })

  test('refuses a symbolic link, a path leaving the workspace, a missing file, a folder, and a file over the bound', () => {
    const read =
      (path: string, max = 100) =>
      () =>
        readArtifactFile('from-report', path, workspace, max)
    expect(read('demarc/link.json')).toThrow("Input 'from-report': 'demarc/link.json' is a symbolic link")
    expect(read('out/secret')).toThrow("Input 'from-report' must name a file inside the workspace")
    expect(read('../secret')).toThrow("Input 'from-report' must name a file inside the workspace")
    expect(read('demarc/none.json')).toThrow(
      "'demarc/none.json' does not exist; was the artifact downloaded there?"
    )
    expect(read('demarc')).toThrow("'demarc' is not a regular file")
    expect(read('demarc/report.json', 1)).toThrow("'demarc/report.json' has 2 bytes; Demarc reads at most 1")
  })
})
