import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { DEMO_COMMENT_PLACES, createDemoRepo } from '../bundle/demo-repo.js'
import { startFakeGitHub, type FakeGitHub } from '../fake-github/fake-github.js'
import { isolateGitConfig, makeTempDir, removeTempDirs, type TempRepo } from '../helpers/temp-repo.js'
import {
  pullFiles,
  pullPayload,
  READ_ONLY_TOKEN,
  routes,
  runAction,
  seedCommitFiles,
  WRITE_TOKEN,
  type ActionResult
} from './harness.js'

// The fork-safe two-workflow pattern end to end: the first half scans a fork's pull request with a
// read-only token and leaves its report; the second, on workflow_run with a write token, publishes it.
let restore: () => void
let demo: { repo: TempRepo; base: string; head: string }
/** The report-file of the first half, as it went into the artifact. */
let reportText: string
/** The first half's outputs, which the second must repeat (but for the report file it does not write). */
let scanOutputs: Record<string, string>
let fake: FakeGitHub

const PR = 12
/** The second workflow's token, as its `permissions:` block grants it: checks and pull requests, nothing else. */
const PUBLISH_TOKEN = 'ghs_publish_token_never_printed'
const RUN_ID = 9_876_543_210
const place = (c: Record<string, unknown>) => `${String(c.path)}:${String(c.line)}`
const EXPECTED_COMMENTS = DEMO_COMMENT_PLACES

function seedPull(target: FakeGitHub): void {
  target.seedPullRequest({
    number: PR,
    baseSha: demo.base,
    headSha: demo.head,
    fork: true,
    headRef: 'patch-1',
    files: pullFiles(demo.repo.dir, demo.base, demo.head)
  })
}

beforeAll(async () => {
  restore = isolateGitConfig()
  demo = createDemoRepo()
  // The first half, for real: pull_request from a fork, read-only token, no checkout of its commits.
  const first = await startFakeGitHub({ token: WRITE_TOKEN, readOnlyTokens: [READ_ONLY_TOKEN] })
  try {
    seedCommitFiles(first, demo.repo.dir, demo.base)
    seedCommitFiles(first, demo.repo.dir, demo.head)
    seedPull(first)
    const workspace = makeTempDir('demarc-scan-workspace-')
    const scan = await runAction({
      fake: first,
      workspace,
      event: 'pull_request',
      payload: pullPayload({ number: PR, base: demo.base, head: demo.head, fork: true }),
      sha: demo.head,
      token: READ_ONLY_TOKEN,
      inputs: { 'report-file': 'demarc/report.json' }
    })
    expect(scan.status).toBe(1)
    expect(first.checkRuns()).toEqual([])
    expect(first.reviews(PR)).toEqual([])
    scanOutputs = Object.fromEntries(Object.entries(scan.outputs).filter(([k]) => k !== 'report-file'))
    reportText = readFileSync(join(workspace, 'demarc', 'report.json'), 'utf8')
  } finally {
    await first.close()
  }
}, 120_000)

afterAll(() => {
  removeTempDirs()
  restore()
})

beforeEach(async () => {
  fake = await startFakeGitHub({
    token: WRITE_TOKEN,
    tokens: [
      { token: PUBLISH_TOKEN, label: 'publish', permissions: { checks: 'write', pull_requests: 'write' } }
    ]
  })
  fake.seedCommit(demo.base, 'main')
  seedPull(fake)
})

afterEach(async () => {
  expect(fake.violations).toEqual([])
  expect(fake.responseProblems).toEqual([])
  await fake.close()
})

/** The downloaded artifact in a fresh workspace: the report and the pull request's number, as the first half wrote them. */
function artifactWorkspace(report: string = reportText, number = `${PR}\n`): string {
  const workspace = makeTempDir('demarc-publish-workspace-')
  mkdirSync(join(workspace, 'demarc'))
  writeFileSync(join(workspace, 'demarc', 'report.json'), report)
  writeFileSync(join(workspace, 'demarc', 'pull-request-number'), number)
  return workspace
}

/** A workflow_run payload as GitHub sends it for a fork's pull_request run: `pull_requests` is empty. */
function workflowRunPayload(over: Record<string, unknown> = {}) {
  const repository = { id: 424242, full_name: 'owner/repo', name: 'repo', owner: { login: 'owner' } }
  return {
    action: 'completed',
    workflow_run: {
      id: RUN_ID,
      name: 'Demarc scan',
      run_number: 31,
      run_attempt: 1,
      event: 'pull_request',
      status: 'completed',
      conclusion: 'failure',
      head_branch: 'patch-1',
      head_sha: demo.head,
      pull_requests: [],
      head_repository: { full_name: 'forker/repo', name: 'repo', owner: { login: 'forker' } },
      repository,
      ...over
    },
    workflow: { name: 'Demarc scan', path: '.github/workflows/demarc-scan.yml' },
    repository
  }
}

function publish(workspace: string, inputs: Record<string, string> = {}, payload = workflowRunPayload()) {
  return runAction({
    fake,
    workspace,
    event: 'workflow_run',
    payload,
    sha: demo.base, // GITHUB_SHA of a workflow_run event: the default branch's last commit
    token: PUBLISH_TOKEN,
    inputs: {
      'from-report': 'demarc/report.json',
      'pull-request-number-file': 'demarc/pull-request-number',
      ...inputs
    }
  })
}

function expectNothingWritten(run: ActionResult): void {
  expect(run.calls.filter(c => c.method !== 'GET')).toEqual([])
  expect(fake.checkRuns()).toEqual([])
  expect(fake.reviews(PR)).toEqual([])
  expect(run.outputs).toEqual({})
  expect(`${run.stdout}${run.stderr}`).not.toContain(PUBLISH_TOKEN)
}

const errorLine = (run: ActionResult) => run.stdout.split('\n').find(l => l.startsWith('::error::')) ?? ''

describe('workflow_run publishes the report of a fork pull request', () => {
  test('the review on the diff lines, the check run on the head with its annotations, summary, outputs, gate', async () => {
    const run = await publish(artifactWorkspace())
    expect(run.status).toBe(1)
    expect(run.outputs).toEqual(scanOutputs)
    expect(run.outputs).toMatchObject({ conclusion: 'failure', 'new-findings': '12' })
    expect(fake.reviews(PR)).toHaveLength(1)
    expect(fake.reviews(PR)[0]).toMatchObject({ commit_id: demo.head, state: 'COMMENTED' })
    expect(fake.reviewComments(PR).map(place).sort()).toEqual(EXPECTED_COMMENTS)
    const checks = fake.checkRuns()
    expect(checks).toHaveLength(1)
    expect(checks[0]).toMatchObject({
      name: 'Demarc',
      head_sha: demo.head,
      status: 'completed',
      conclusion: 'failure'
    })
    expect(fake.checkRunAnnotations(checks[0]?.id as number)).toHaveLength(12)
    expect(run.summary).toContain('Demarc: failure')
    expect(run.stdout).toMatch(/::error::Demarc: 7 new findings at high or above/)
    expect(routes(run.calls)).toEqual([
      `GET /repos/owner/repo/pulls/${PR}`,
      `GET /repos/owner/repo/pulls/${PR}/files`,
      `GET /repos/owner/repo/pulls/${PR}/comments`,
      `POST /repos/owner/repo/pulls/${PR}/reviews`,
      'POST /repos/owner/repo/check-runs',
      `PATCH /repos/owner/repo/check-runs/${String(checks[0]?.id)}`
    ])
    expect(run.calls.every(c => c.token === 'publish' && c.status < 300)).toBe(true)
    expect(`${run.stdout}${run.stderr}`).not.toContain(PUBLISH_TOKEN)
  }, 120_000)

  test('a re-run posts nothing twice', async () => {
    const workspace = artifactWorkspace()
    await publish(workspace)
    const again = await publish(workspace)
    expect(again.status).toBe(1)
    expect(again.stdout).toContain('Review: 0 new comments, 0 edited, 12 unchanged')
    expect(fake.reviews(PR)).toHaveLength(1)
    expect(fake.reviewComments(PR).map(place).sort()).toEqual(EXPECTED_COMMENTS)
    expect(routes(again.calls.filter(c => c.method !== 'GET'))).toEqual([
      'POST /repos/owner/repo/check-runs',
      `PATCH /repos/owner/repo/check-runs/${String(fake.checkRuns()[1]?.id)}`
    ])
  }, 120_000)

  test("the gate is recomputed from the findings: a report claiming success still fails, and this run's fail-on applies", async () => {
    const claimed = JSON.parse(reportText) as { gate: object }
    claimed.gate = { conclusion: 'success', reason: 'no new findings' }
    const lying = await publish(artifactWorkspace(JSON.stringify(claimed)))
    expect(lying.status).toBe(1)
    expect(lying.outputs.conclusion).toBe('failure')
    expect(lying.stdout).toContain(
      "The report says 'success'; with this run's fail-on and fail-on-owner it is 'failure'"
    )
    expect(fake.checkRuns()[0]).toMatchObject({ conclusion: 'failure' })

    const lenient = await publish(artifactWorkspace(), { 'fail-on': 'never' })
    expect(lenient.status).toBe(0)
    expect(lenient.outputs.conclusion).toBe('neutral')
    expect(fake.checkRuns()[1]).toMatchObject({ conclusion: 'neutral' })
  }, 120_000)
})

describe('workflow_run refuses what the artifact cannot prove', () => {
  test("a pull request number whose head is not the run's commit: refused, nothing posted", async () => {
    fake.seedPullRequest({
      number: 13,
      baseSha: demo.base,
      headSha: 'c'.repeat(40),
      files: [{ filename: 'README.md', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' }]
    })
    const run = await publish(artifactWorkspace(reportText, '13'))
    expect(run.status).toBe(1)
    expect(errorLine(run)).toContain(
      `Demarc refuses to publish: pull request #13's head is ${'c'.repeat(40)}, but the workflow run ${RUN_ID} was for ${demo.head}`
    )
    expect(errorLine(run)).toContain('Nothing was posted.')
    expect(routes(run.calls)).toEqual(['GET /repos/owner/repo/pulls/13'])
    expectNothingWritten(run)
    expect(fake.reviews(13)).toEqual([])
  }, 120_000)

  test('a pull request number that does not exist, or is not a number: refused, nothing posted', async () => {
    const missing = await publish(artifactWorkspace(reportText, '99'))
    expect(errorLine(missing)).toContain(
      'Demarc refuses to publish: pull request #99 (from demarc/pull-request-number) could not be read: HTTP 404'
    )
    const junk = await publish(artifactWorkspace(reportText, '12; curl evil.example'))
    expect(errorLine(junk)).toContain(
      "Input 'pull-request-number-file': 'demarc/pull-request-number' must hold a pull request number and nothing else"
    )
    expect(junk.calls).toEqual([])
    for (const run of [missing, junk]) {
      expect(run.status).toBe(1)
      expectNothingWritten(run)
    }
  }, 120_000)

  test('a report about another commit than the workflow run: refused before any request', async () => {
    const run = await publish(artifactWorkspace(), {}, workflowRunPayload({ head_sha: 'd'.repeat(40) }))
    expect(run.status).toBe(1)
    expect(errorLine(run)).toContain(
      `demarc/report.json is about ${demo.head}, but the workflow run ${RUN_ID}`
    )
    expect(run.calls).toEqual([])
    expectNothingWritten(run)
  }, 120_000)

  test('a report that breaks the schema: refused naming the fields, no request made', async () => {
    const tampered = JSON.parse(reportText) as { findings: Record<string, unknown>[] }
    ;(tampered.findings[0] as Record<string, unknown>).line = 'x'
    ;(tampered.findings[1] as Record<string, unknown>).status = 'approved'
    const run = await publish(artifactWorkspace(JSON.stringify(tampered)))
    expect(run.status).toBe(1)
    expect(errorLine(run)).toContain('demarc/report.json is not a valid Demarc report')
    expect(run.stdout).toContain('findings[0].line: expected integer; found "x"')
    expect(run.stdout).toContain('findings[1].status: expected one of new, fixed, existing; found "approved"')
    expect(run.calls).toEqual([])
    expectNothingWritten(run)
  }, 120_000)

  test('a workflow run that was not a pull_request scan, or did not finish: refused before any request', async () => {
    const push = await publish(artifactWorkspace(), {}, workflowRunPayload({ event: 'push' }))
    expect(errorLine(push)).toContain(
      `The workflow run ${RUN_ID} was triggered by 'push', not 'pull_request'`
    )
    const cancelled = await publish(artifactWorkspace(), {}, workflowRunPayload({ conclusion: 'cancelled' }))
    expect(errorLine(cancelled)).toContain(`The workflow run ${RUN_ID} concluded 'cancelled'`)
    for (const run of [push, cancelled]) {
      expect(run.status).toBe(1)
      expect(run.calls).toEqual([])
      expectNothingWritten(run)
    }
  }, 120_000)
})
