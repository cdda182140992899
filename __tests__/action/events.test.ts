import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { createDemoRepo } from '../bundle/demo-repo.js'
import { startFakeGitHub, type FakeGitHub } from '../fake-github/fake-github.js'
import { isolateGitConfig, removeTempDirs, type TempRepo } from '../helpers/temp-repo.js'
import { pullFiles, pullPayload, routes, runAction, WRITE_TOKEN } from './harness.js'

// The demo repository checked out with its history (fetch-depth: 0), on every event the action knows.
let restore: () => void
let demo: { repo: TempRepo; base: string; head: string }
let fake: FakeGitHub

const PR = 3

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
  fake.seedCommit(demo.base)
  fake.seedCommit(demo.head, 'main')
})

afterEach(async () => {
  expect(fake.violations).toEqual([])
  expect(fake.responseProblems).toEqual([])
  await fake.close()
})

const run = (event: string, payload: object, inputs: Record<string, string> = {}) =>
  runAction({ fake, workspace: demo.repo.dir, event, payload, sha: demo.head, inputs })

function seedPull() {
  fake.seedPullRequest({
    number: PR,
    baseSha: demo.base,
    headSha: demo.head,
    files: pullFiles(demo.repo.dir, demo.base, demo.head)
  })
}

describe('workflow_dispatch', () => {
  test('scope all reports the whole tree at the head: a check run, no comments, nothing gates', async () => {
    const result = await run('workflow_dispatch', { inputs: {} }, { scope: 'all' })
    expect(result.status).toBe(0)
    expect(result.outputs).toMatchObject({
      conclusion: 'success',
      'new-findings': '0',
      'existing-findings': '26'
    })
    expect(result.summary).toContain('Whole tree')
    expect(routes(result.calls).map(r => r.replace(/\d+$/, 'N'))).toEqual([
      'POST /repos/owner/repo/check-runs',
      'PATCH /repos/owner/repo/check-runs/N'
    ])
    expect(fake.checkRuns()[0]).toMatchObject({ head_sha: demo.head, conclusion: 'success' })
  }, 60_000)

  test('base and head inputs (refs) compare them; the check run goes on the head commit', async () => {
    demo.repo.git('tag', '-f', 'v1', demo.base)
    const result = await run(
      'workflow_dispatch',
      { inputs: {} },
      { base: 'v1', head: 'main', 'fail-on': 'critical' }
    )
    expect(result.status).toBe(1)
    expect(result.outputs).toMatchObject({ conclusion: 'failure', 'new-findings': '12' })
    expect(fake.checkRuns()[0]).toMatchObject({ head_sha: demo.head, conclusion: 'failure' })
  }, 60_000)

  test('mode review without a pull request fails fast, naming the input, before any request', async () => {
    const result = await run('workflow_dispatch', { inputs: {} }, { mode: 'review' })
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(
      "::error::Input 'mode' is 'review', but a 'workflow_dispatch' event has no pull request to review; use 'report' or 'auto'"
    )
    expect(result.calls).toEqual([])
  })
})

describe('push', () => {
  test('before..after is reviewed as a report: check run on the pushed commit, no pull request calls, the step fails', async () => {
    const result = await run('push', { before: demo.base, after: demo.head, ref: 'refs/heads/main' })
    expect(result.status).toBe(1)
    expect(result.outputs).toMatchObject({
      conclusion: 'failure',
      'new-findings': '12',
      'fixed-findings': '2'
    })
    expect(routes(result.calls).filter(r => r.includes('/pulls/'))).toEqual([])
    expect(fake.checkRuns()[0]).toMatchObject({ head_sha: demo.head, conclusion: 'failure' })
    expect(fake.checkRunAnnotations(Number(fake.checkRuns()[0]?.id))).toHaveLength(12)
  }, 60_000)

  test('a push that creates a branch has no before: the whole tree is scanned', async () => {
    const result = await run('push', { before: '0'.repeat(40), after: demo.head, created: true })
    expect(result.status).toBe(0)
    expect(result.outputs).toMatchObject({ 'new-findings': '0', 'existing-findings': '26' })
  }, 60_000)
})

describe('inputs', () => {
  test('an invalid value fails fast, naming the input and the allowed values, before any request', async () => {
    const result = await run('push', { before: demo.base, after: demo.head }, { comments: 'loud' })
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(
      "::error::Input 'comments' must be one of review, summary, off; got 'loud'"
    )
    expect(result.calls).toEqual([])
  })

  test('max-comments must be a whole number', async () => {
    const result = await run('push', { before: demo.base, after: demo.head }, { 'max-comments': 'lots' })
    expect(result.stdout).toContain(
      "::error::Input 'max-comments' must be a whole number, 0 or more; got 'lots'"
    )
  })

  test('a report file outside the workspace is refused before any request', async () => {
    const result = await run(
      'push',
      { before: demo.base, after: demo.head },
      { 'report-file': '../escape.json' }
    )
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(
      /::error::Input 'report-file' must name a file inside the workspace .*; got '\.\.\/escape\.json'/
    )
    expect(existsSync(join(demo.repo.dir, '..', 'escape.json'))).toBe(false)
    expect(result.calls).toEqual([])
  })

  test('fail-on never reports without failing; the gate owners are honoured', async () => {
    const never = await run('push', { before: demo.base, after: demo.head }, { 'fail-on': 'never' })
    expect(never.status).toBe(0)
    expect(never.outputs.conclusion).toBe('neutral')
    const awsOnly = await run('push', { before: demo.base, after: demo.head }, { 'fail-on-owner': 'aws' })
    expect(awsOnly.status).toBe(1)
    expect(awsOnly.stdout).toContain('1 new finding at high or above (gated owners: aws)')
  }, 60_000)

  test('paths and exclude limit the scan (newline- or comma-separated globs)', async () => {
    const result = await run(
      'push',
      { before: demo.base, after: demo.head },
      { paths: 'infra/**', exclude: 'infra/database\n**/identity/**', 'check-name': 'Demarc (infra)' }
    )
    expect(result.outputs).toMatchObject({ 'new-findings': '1', 'fixed-findings': '1' })
    expect(fake.checkRuns()[0]).toMatchObject({ name: 'Demarc (infra)' })
  }, 60_000)
})

describe('comments', () => {
  test('summary keeps one comment on the pull request, created once and edited in place', async () => {
    seedPull()
    const payload = pullPayload({ number: PR, base: demo.base, head: demo.head })
    const first = await run('pull_request', payload, { comments: 'summary' })
    expect(first.status).toBe(1)
    expect(fake.issueComments(PR)).toHaveLength(1)
    expect(String(fake.issueComments(PR)[0]?.body)).toMatch(/^<!-- demarc:summary -->\n## ❌ Demarc: failure/)
    fake.seedIssueComment(PR, '<!-- demarc:summary -->\nnot really Demarc', {
      login: 'mallory',
      id: 66,
      type: 'User'
    })
    const second = await run('pull_request', payload, { comments: 'summary', 'fail-on': 'never' })
    expect(fake.issueComments(PR)).toHaveLength(2)
    expect(routes(second.calls).filter(r => r.includes('/issues/'))).toEqual([
      'GET /repos/owner/repo/issues/3/comments',
      `PATCH /repos/owner/repo/issues/comments/${String(fake.issueComments(PR)[0]?.id)}`
    ])
    expect(String(fake.issueComments(PR)[0]?.body)).toContain('Demarc: neutral')
    expect(fake.reviews(PR)).toEqual([])
  }, 60_000)

  test('off posts nothing on the pull request; mode report does the same', async () => {
    seedPull()
    const payload = pullPayload({ number: PR, base: demo.base, head: demo.head })
    const variants: Record<string, string>[] = [{ comments: 'off' }, { mode: 'report' }]
    for (const inputs of variants) {
      const result = await run('pull_request', payload, inputs)
      expect(routes(result.calls).filter(r => r.includes('/pulls/') || r.includes('/issues/'))).toEqual([])
    }
    expect(fake.checkRuns()).toHaveLength(2)
  }, 60_000)

  test('max-comments caps the inline comments, most severe first, and the check run counts the rest', async () => {
    seedPull()
    const result = await run('pull_request', pullPayload({ number: PR, base: demo.base, head: demo.head }), {
      'max-comments': '2'
    })
    const comments = fake.reviewComments(PR)
    expect(comments).toHaveLength(2)
    expect(comments.map(c => String(c.body).split('\n', 1)[0])).toEqual([
      expect.stringContaining('Critical: An AWS access key is written into a settings file'),
      expect.stringContaining('Critical: RDS database instance is publicly accessible')
    ])
    expect(String(fake.reviews(PR)[0]?.body)).toContain(
      '10 more new findings are not commented here (`max-comments`)'
    )
    const output = fake.checkRuns()[0]?.output as Record<string, unknown>
    expect(output.text).toBe(
      'Not commented inline: 10 new findings over `max-comments`. The summary above lists them all.'
    )
    expect(result.status).toBe(1)
  }, 60_000)
})

describe('a pull request with scope all', () => {
  test('scans the whole tree at the head of the pull request, not at the test merge commit', async () => {
    seedPull()
    const result = await runAction({
      fake,
      workspace: demo.repo.dir,
      event: 'pull_request',
      payload: pullPayload({ number: PR, base: demo.base, head: demo.head }),
      sha: 'e'.repeat(40),
      inputs: { scope: 'all' }
    })
    expect(result.status).toBe(0)
    expect(result.outputs).toMatchObject({ 'new-findings': '0', 'existing-findings': '26' })
    expect(fake.checkRuns()[0]).toMatchObject({ head_sha: demo.head, conclusion: 'success' })
    expect(fake.reviews(PR)).toEqual([])
  }, 60_000)
})
