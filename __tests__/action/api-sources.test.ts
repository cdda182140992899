import { execFileSync } from 'node:child_process'
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
  WRITE_TOKEN
} from './harness.js'

// Runs whose checkout does not hold the pull request's commits: sources come from the API, read-only.
let restore: () => void
let demo: { repo: TempRepo; base: string; head: string }
let fake: FakeGitHub

const PR = 12
const place = (c: Record<string, unknown>) => `${String(c.path)}:${String(c.line)}`

beforeAll(() => {
  restore = isolateGitConfig()
  demo = createDemoRepo()
})

afterAll(() => {
  removeTempDirs()
  restore()
})

beforeEach(async () => {
  fake = await startFakeGitHub({ token: WRITE_TOKEN, readOnlyTokens: [READ_ONLY_TOKEN] })
  seedCommitFiles(fake, demo.repo.dir, demo.base)
  seedCommitFiles(fake, demo.repo.dir, demo.head)
})

afterEach(async () => {
  expect(fake.unusedFaults()).toEqual([])
  expect(fake.violations).toEqual([])
  expect(fake.responseProblems).toEqual([])
  await fake.close()
})

function seedPull(fork: boolean) {
  fake.seedPullRequest({
    number: PR,
    baseSha: demo.base,
    headSha: demo.head,
    fork,
    files: pullFiles(demo.repo.dir, demo.base, demo.head)
  })
}

describe('a pull request from a fork (read-only token, no checkout of its commits)', () => {
  test('no write succeeds, one warning names each missing permission, annotations go to the log, the gate still fails', async () => {
    seedPull(true)
    const run = await runAction({
      fake,
      workspace: makeTempDir('demarc-empty-workspace-'),
      event: 'pull_request',
      payload: pullPayload({ number: PR, base: demo.base, head: demo.head, fork: true }),
      sha: demo.head,
      token: READ_ONLY_TOKEN
    })
    expect(run.status).toBe(1)
    expect(run.outputs.conclusion).toBe('failure')
    expect(run.outputs['new-findings']).toBe('12')
    const writes = run.calls.filter(c => c.method !== 'GET')
    expect(writes.map(c => `${c.method} ${c.path} ${c.status}`)).toEqual([
      'POST /repos/owner/repo/check-runs 403',
      'POST /repos/owner/repo/pulls/12/reviews 403'
    ])
    expect(fake.checkRuns()).toEqual([])
    expect(fake.reviews(PR)).toEqual([])
    const warnings = run.stdout.split('\n').filter(l => l.startsWith('::warning::'))
    expect(warnings).toHaveLength(2)
    expect(warnings[0]).toContain("Creating the check run failed: the token lacks 'checks: write'")
    expect(warnings[1]).toContain("Posting the review failed: the token lacks 'pull-requests: write'")
    for (const w of warnings) expect(w).toMatch(/permissions:.*two-workflow pattern/)
    const annotations = run.stdout.split('\n').filter(l => /^::(error|warning|notice) [^:]*file=/.test(l))
    const where = (l: string) =>
      `${/^::(\w+)/.exec(l)?.[1]} ${/[ ,]file=([^,:]+)/.exec(l)?.[1]} ${/,line=(\d+)/.exec(l)?.[1]}`
    expect(annotations.map(where)).toEqual([
      'error app/.env.production 7',
      'error app/.env.production 8',
      'warning app/Dockerfile 11',
      'error deploy/k8s/api.yaml 26',
      'warning deploy/k8s/api.yaml 45',
      'warning infra/database/main.tf 1',
      'error infra/database/main.tf 9',
      'error infra/database/main.tf 10',
      'error infra/identity/main.tf 20',
      'error infra/network/main.tf 26',
      'error templates/exports.yaml 10',
      'notice templates/exports.yaml 20'
    ])
    expect(run.stdout).toMatch(/::error::Demarc: 7 new findings at high or above/)
    expect(run.summary).toContain('Demarc: failure')
    expect(`${run.stdout}${run.stderr}`).not.toContain(READ_ONLY_TOKEN)
  }, 120_000)
})

describe('pull_request_target: the checkout holds the base only', () => {
  test('reads head through trees and blobs (never contents, never the working tree) and reviews as usual', async () => {
    seedPull(false)
    const workspace = makeTempDir('demarc-base-checkout-')
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: workspace })
    execFileSync('git', ['fetch', '-q', demo.repo.dir, demo.base], { cwd: workspace })
    execFileSync('git', ['checkout', '-q', 'FETCH_HEAD'], { cwd: workspace })
    const run = await runAction({
      fake,
      workspace,
      event: 'pull_request_target',
      payload: pullPayload({ number: PR, base: demo.base, head: demo.head }),
      sha: demo.base
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('reading them through the GitHub API (read-only)')
    expect(fake.reviewComments(PR).map(place).sort()).toEqual(DEMO_COMMENT_PLACES)
    expect(fake.checkRuns()[0]).toMatchObject({ head_sha: demo.head, conclusion: 'failure' })
    const reads = routes(run.calls.filter(c => c.method === 'GET')).map(r =>
      r.replace(/[0-9a-f]{40}/g, '<sha>')
    )
    expect(reads.filter(r => r.includes('/contents/'))).toEqual([])
    expect(new Set(reads)).toEqual(
      new Set([
        'GET /repos/owner/repo/compare/<sha>...<sha>',
        'GET /repos/owner/repo/pulls/12/files',
        'GET /repos/owner/repo/git/trees/<sha>',
        'GET /repos/owner/repo/git/blobs/<sha>',
        'GET /repos/owner/repo/pulls/12/comments'
      ])
    )
    console.log(
      `pull_request_target through the API (${reads.filter(r => r.includes('/blobs/')).length} blobs read): ${run.calls.length} API calls`
    )
  }, 120_000)
})

describe('a scan that cannot complete', () => {
  test('completes the check run as a failure saying Demarc could not run, and fails the step', async () => {
    seedPull(false)
    fake.failNext({ method: 'GET', path: `/repos/owner/repo/git/trees/${demo.head}`, status: 404 })
    const run = await runAction({
      fake,
      workspace: makeTempDir('demarc-empty-workspace-'),
      event: 'pull_request',
      payload: pullPayload({ number: PR, base: demo.base, head: demo.head }),
      sha: demo.head,
      inputs: { 'fail-on': 'never' }
    })
    expect(run.status).toBe(1)
    const message = `could not list the files of ${demo.head} through the API (HTTP 404: Not Found`
    expect(run.stdout).toContain(`::error::${message}`)
    expect(fake.checkRuns()).toHaveLength(1)
    expect(fake.checkRuns()[0]).toMatchObject({
      head_sha: demo.head,
      status: 'completed',
      conclusion: 'failure',
      output: { title: 'Demarc could not run' }
    })
    expect(String((fake.checkRuns()[0]?.output as { summary: string }).summary)).toContain(message)
    expect(fake.reviews(PR)).toEqual([])
    expect(run.outputs).toEqual({})
  }, 120_000)
})
