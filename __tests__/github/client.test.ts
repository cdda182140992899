import { afterAll, afterEach, beforeAll, expect, test } from '@jest/globals'
import { startFakeGitHub, type FakeGitHub } from '../fake-github/fake-github.js'

// The client as the action builds it: base URL from GITHUB_API_URL (read when @actions/github loads, so the
// module is imported after the fake is up), GitHub's pacing, retries and timeouts.
let fake: FakeGitHub
let client: import('../../src/github/client.js').GitHubClient
const saved = process.env.GITHUB_API_URL
const repo = { owner: 'owner', repo: 'repo' }

beforeAll(async () => {
  fake = await startFakeGitHub({ maxHangMs: 35_000 })
  fake.seedPullRequest({ number: 1, baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40), files: [] })
  process.env.GITHUB_API_URL = fake.url
  const { createClient } = await import('../../src/github/client.js')
  client = createClient('test-token')
})

afterEach(() => {
  expect(fake.unusedFaults()).toEqual([])
  expect(fake.violations).toEqual([])
  expect(fake.responseProblems).toEqual([])
})

afterAll(async () => {
  await fake.close()
  if (saved === undefined) delete process.env.GITHUB_API_URL
  else process.env.GITHUB_API_URL = saved
})

const statuses = (path: string) => fake.calls.filter(c => c.path === path).map(c => c.status)

test('talks to GITHUB_API_URL with the token', async () => {
  const { data } = await client.rest.pulls.get({ ...repo, pull_number: 1 })
  expect(data.number).toBe(1)
  expect(fake.calls.at(-1)?.token).toBe('write')
})

test('a 404 is an answer, not retried', async () => {
  await expect(client.rest.pulls.get({ ...repo, pull_number: 404 })).rejects.toMatchObject({ status: 404 })
  expect(statuses('/repos/owner/repo/pulls/404')).toEqual([404])
})

test('a secondary rate limit asking for more than two minutes is not sat out', async () => {
  const path = '/repos/owner/repo/pulls/1/reviews'
  fake.failNext({ method: 'GET', path, status: 403, headers: { 'retry-after': '600' } })
  await expect(client.rest.pulls.listReviews({ ...repo, pull_number: 1 })).rejects.toMatchObject({
    status: 403
  })
  expect(statuses(path)).toEqual([403])
})

test('a request GitHub never answers is abandoned after 30 s and tried again', async () => {
  const path = '/repos/owner/repo/pulls/1/comments'
  fake.hangNext({ method: 'GET', path, then: 'respond' })
  const started = Date.now()
  const { data } = await client.rest.pulls.listReviewComments({ ...repo, pull_number: 1 })
  expect(data).toEqual([])
  expect(fake.calls.filter(c => c.path === path).map(c => c.fault ?? 'answered')).toEqual([
    'hang',
    'answered'
  ])
  expect(Date.now() - started).toBeGreaterThanOrEqual(30_000)
}, 60_000)
