import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { createDemoRepo } from '../bundle/demo-repo.js'
import { startFakeGitHub, type FakeGitHub } from '../fake-github/fake-github.js'
import { isolateGitConfig, removeTempDirs, type TempRepo } from '../helpers/temp-repo.js'
import { pullFiles, pullPayload, runAction, WRITE_TOKEN } from './harness.js'

// GitHub asking to slow down, or failing for a moment: the action waits as asked, retries a bounded number of times.
let restore: () => void
let demo: { repo: TempRepo; base: string; head: string }
let fake: FakeGitHub

const PR = 5
const REVIEWS = '/repos/owner/repo/pulls/5/reviews'
const CHECK_RUNS = '/repos/owner/repo/check-runs'

beforeAll(() => {
  restore = isolateGitConfig()
  demo = createDemoRepo()
})

afterAll(() => {
  removeTempDirs()
  restore()
})

beforeEach(async () => {
  fake = await startFakeGitHub({ token: WRITE_TOKEN })
  fake.seedPullRequest({
    number: PR,
    baseSha: demo.base,
    headSha: demo.head,
    files: pullFiles(demo.repo.dir, demo.base, demo.head)
  })
})

afterEach(async () => {
  expect(fake.unusedFaults()).toEqual([])
  expect(fake.violations).toEqual([])
  expect(fake.responseProblems).toEqual([])
  await fake.close()
})

const review = () =>
  runAction({
    fake,
    workspace: demo.repo.dir,
    event: 'pull_request',
    payload: pullPayload({ number: PR, base: demo.base, head: demo.head }),
    sha: demo.head
  })

const attempts = (calls: { method: string; path: string; status: number }[], method: string, path: string) =>
  calls.filter(c => c.method === method && c.path === path).map(c => c.status)

describe('rate limits', () => {
  test('a secondary rate limit (429, retry-after: 1) is waited out, then the review is posted once', async () => {
    fake.failNext({ method: 'POST', path: REVIEWS, status: 429, headers: { 'retry-after': '1' } })
    const run = await review()
    expect(attempts(run.calls, 'POST', REVIEWS)).toEqual([429, 200])
    expect(fake.reviews(PR)).toHaveLength(1)
    expect(fake.reviewComments(PR)).toHaveLength(12)
    expect(run.stdout).toContain(
      "GitHub's secondary rate limit on POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews: retrying in 1 s (retry 1 of 3)"
    )
    expect(run.status).toBe(1)
  }, 60_000)

  test('an exhausted quota (403, x-ratelimit-remaining: 0) is waited out until x-ratelimit-reset', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 1)
    const comments = '/repos/owner/repo/pulls/5/comments'
    fake.failNext({
      method: 'GET',
      path: comments,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }
    })
    const run = await review()
    expect(attempts(run.calls, 'GET', comments)).toEqual([403, 200])
    expect(run.stdout).toMatch(
      /GitHub's rate limit on GET \/repos\/owner\/repo\/pulls\/5\/comments: retrying in \d s \(retry 1 of 3\)/
    )
    expect(fake.reviews(PR)).toHaveLength(1)
  }, 60_000)
})

describe('server errors', () => {
  test('one 502 is retried, and the check run is created once', async () => {
    fake.failNext({ method: 'POST', path: CHECK_RUNS, status: 502 })
    const run = await review()
    expect(attempts(run.calls, 'POST', CHECK_RUNS)).toEqual([502, 201])
    expect(fake.checkRuns()).toHaveLength(1)
    expect(fake.checkRuns()[0]).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(run.status).toBe(1)
  }, 60_000)

  test('a check run GitHub keeps failing to complete is tried four times in all; the log gets the annotations and the gate still holds', async () => {
    fake.failNext({ method: 'PATCH', path: /^\/repos\/owner\/repo\/check-runs\/\d+$/, status: 503, times: 4 })
    const run = await review()
    expect(
      run.calls.filter(c => c.method === 'PATCH' && c.path.startsWith(CHECK_RUNS)).map(c => c.status)
    ).toEqual([503, 503, 503, 503])
    expect(run.stdout).toMatch(/::warning::Demarc could not complete the check run: HTTP 503/)
    expect(run.stdout.split('\n').filter(l => /^::error [^:]*file=/.test(l))).toHaveLength(8)
    expect(fake.reviews(PR)).toHaveLength(1)
    expect(run.status).toBe(1)
    expect(run.outputs.conclusion).toBe('failure')
  }, 90_000)
})
