import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import type { Report } from '../../src/model.js'
import { DEMO_COMMENT_PLACES, createDemoRepo } from '../bundle/demo-repo.js'
import { startFakeGitHub, type FakeGitHub } from '../fake-github/fake-github.js'
import { isolateGitConfig, removeTempDirs, type TempRepo } from '../helpers/temp-repo.js'
import {
  pullFiles,
  pullPayload,
  pushToPull,
  routes,
  runAction,
  WRITE_TOKEN,
  type ActionResult
} from './harness.js'

// The demo pull request of examples/demo, reviewed from a full checkout (fetch-depth: 0), then pushed to twice.
let restore: () => void
let demo: { repo: TempRepo; base: string; head: string }
let fake: FakeGitHub
let fresh: ActionResult

const PR = 7
const place = (c: Record<string, unknown>) => `${String(c.path)}:${String(c.line)}`
const fingerprintOf = (body: unknown) => /<!-- demarc:finding:(\S+) -->/.exec(String(body))?.[1]

function review(head: string, inputs: Record<string, string> = {}) {
  return runAction({
    fake,
    workspace: demo.repo.dir,
    event: 'pull_request',
    payload: pullPayload({ number: PR, base: demo.base, head }),
    sha: 'f'.repeat(40),
    inputs: { 'report-file': 'demarc.json', 'sarif-file': 'out/demarc.sarif', ...inputs }
  })
}

beforeAll(async () => {
  restore = isolateGitConfig()
  demo = createDemoRepo()
  fake = await startFakeGitHub({ token: WRITE_TOKEN })
  fake.seedPullRequest({
    number: PR,
    baseSha: demo.base,
    headSha: demo.head,
    mergeSha: 'f'.repeat(40),
    files: pullFiles(demo.repo.dir, demo.base, demo.head)
  })
  fresh = await review(demo.head)
}, 180_000)

afterEach(() => {
  expect(fake.violations).toEqual([])
  expect(fake.responseProblems).toEqual([])
})

afterAll(async () => {
  await fake.close()
  removeTempDirs()
  restore()
})

describe('a fresh pull request', () => {
  test('fails the step on the gate, and the outputs say why', () => {
    expect(fresh.status).toBe(1)
    expect(fresh.stdout).toMatch(/::error::Demarc: 7 new findings at high or above/)
    expect(fresh.outputs).toEqual({
      conclusion: 'failure',
      'new-findings': '12',
      'fixed-findings': '2',
      'existing-findings': '14',
      'customer-findings': '6',
      'aws-findings': '2',
      'shared-findings': '4',
      'report-file': 'demarc.json',
      'sarif-file': 'out/demarc.sarif'
    })
  })

  test('one review, at the head commit, with one inline comment per new finding on its line', () => {
    const reviews = fake.reviews(PR)
    expect(reviews).toHaveLength(1)
    expect(reviews[0]).toMatchObject({ state: 'COMMENTED', commit_id: demo.head })
    const comments = fake.reviewComments(PR)
    expect(comments.map(place).sort()).toEqual(DEMO_COMMENT_PLACES)
    expect(comments.every(c => c.side === 'RIGHT' && fingerprintOf(c.body) !== undefined)).toBe(true)
    const report = JSON.parse(readFileSync(join(demo.repo.dir, 'demarc.json'), 'utf8')) as Report
    const fresh = report.findings.filter(f => f.status === 'new').map(f => f.fingerprint)
    expect(comments.map(c => fingerprintOf(c.body)).sort()).toEqual([...fresh].sort())
  })

  test('the missing encryption, reported on line 1 outside the diff, is anchored on the changed line 9 of the resource', () => {
    const anchored = fake
      .reviewComments(PR)
      .find(c => String(c.body).includes('RDS database storage is not encrypted'))
    expect(anchored).toMatchObject({ path: 'infra/database/main.tf', line: 9 })
    expect(String(anchored?.body)).toContain('The finding is on line 1, outside this pull request')
  })

  test('one check run on the head commit (not the merge commit), completed with annotations', () => {
    const runs = fake.checkRuns()
    expect(runs).toHaveLength(1)
    expect(runs[0]).toMatchObject({
      name: 'Demarc',
      head_sha: demo.head,
      status: 'completed',
      conclusion: 'failure'
    })
    const output = runs[0]?.output as Record<string, unknown>
    expect(output.title).toBe('12 new findings (2 critical, 6 high, 3 medium, 1 low) · 2 fixed')
    expect(String(output.summary)).toContain('Demarc: failure')
    const annotations = fake.checkRunAnnotations(Number(runs[0]?.id))
    expect(
      annotations.map(a => `${String(a.path)}:${String(a.start_line)} ${String(a.annotation_level)}`)
    ).toEqual([
      'app/.env.production:7 failure',
      'app/.env.production:8 failure',
      'app/Dockerfile:11 warning',
      'deploy/k8s/api.yaml:26 failure',
      'deploy/k8s/api.yaml:45 warning',
      'infra/database/main.tf:1 warning',
      'infra/database/main.tf:9 failure',
      'infra/database/main.tf:10 failure',
      'infra/identity/main.tf:20 failure',
      'infra/network/main.tf:26 failure',
      'templates/exports.yaml:10 failure',
      'templates/exports.yaml:20 notice'
    ])
  })

  test('the check run is created in progress before the scan and completed last', () => {
    const writes = routes(fresh.calls.filter(c => c.method !== 'GET'))
    expect(writes[0]).toBe('POST /repos/owner/repo/check-runs')
    expect(fresh.calls[0]?.body).toMatchObject({ status: 'in_progress', head_sha: demo.head })
    expect(writes.at(-1)).toMatch(/^PATCH \/repos\/owner\/repo\/check-runs\/\d+$/)
    expect(fresh.calls.at(-1)?.body).toMatchObject({ status: 'completed', conclusion: 'failure' })
  })

  test('a handful of requests, none of them refused; the job summary and the files are written', () => {
    console.log(
      `fresh pull request (12 new findings, local checkout): ${fresh.calls.length} API calls\n  ${routes(fresh.calls).join('\n  ')}`
    )
    expect(routes(fresh.calls).map(r => r.replace(/\d+$/, 'N'))).toEqual([
      'POST /repos/owner/repo/check-runs',
      'GET /repos/owner/repo/pulls/7/comments',
      'POST /repos/owner/repo/pulls/7/reviews',
      'PATCH /repos/owner/repo/check-runs/N'
    ])
    expect(fake.violations).toEqual([])
    expect(fake.responseProblems).toEqual([])
    expect(fresh.summary).toContain('Demarc: failure')
    const sarif = JSON.parse(readFileSync(join(demo.repo.dir, 'out', 'demarc.sarif'), 'utf8')) as {
      version: string
    }
    expect(sarif.version).toBe('2.1.0')
    expect(fresh.stderr).toBe('')
    expect(`${fresh.stdout}${fresh.summary}`).not.toContain(WRITE_TOKEN)
  })
})

describe('a re-run with no change', () => {
  test('posts nothing and edits nothing', async () => {
    const comments = fake.reviewComments(PR)
    const run = await review(demo.head)
    expect(run.status).toBe(1)
    expect(fake.reviews(PR)).toHaveLength(1)
    expect(fake.reviewComments(PR)).toEqual(comments)
    expect(routes(run.calls).filter(r => r.includes('/pulls/'))).toEqual([
      'GET /repos/owner/repo/pulls/7/comments'
    ])
    expect(fake.violations).toEqual([])
    expect(fake.responseProblems).toEqual([])
  }, 180_000)
})

describe('a push that only moves lines', () => {
  test('no new review, no new comment; only the anchored comment whose text cites a line is edited', async () => {
    const before = fake.reviewComments(PR)
    for (const file of ['infra/network/main.tf', 'infra/database/main.tf']) {
      const path = join(demo.repo.dir, file)
      demo.repo.write(
        file,
        `# Owned by the platform team.\n# Reviewed quarterly.\n\n${readFileSync(path, 'utf8')}`
      )
    }
    const moved = demo.repo.commitAll('move lines')
    pushToPull(fake, {
      number: PR,
      base: demo.base,
      head: moved,
      files: pullFiles(demo.repo.dir, demo.base, moved),
      previousHeads: [demo.head]
    })
    const run = await review(moved)
    expect(run.status).toBe(1)
    expect(fake.reviews(PR)).toHaveLength(1)
    expect(fake.reviewComments(PR)).toHaveLength(before.length)
    const edits = run.calls.filter(c => c.method === 'PATCH' && c.path.includes('/pulls/comments/'))
    const anchored = before.find(c => String(c.body).includes('RDS database storage is not encrypted'))
    expect(edits.map(c => c.path)).toEqual([`/repos/owner/repo/pulls/comments/${String(anchored?.id)}`])
    expect(String((edits[0]?.body as { body: string }).body)).not.toContain('The finding is on line 1')
    expect(fake.violations).toEqual([])
    expect(fake.responseProblems).toEqual([])
    demo.head = moved
  }, 180_000)
})

describe('a push that fixes a finding', () => {
  test("the finding's comment is edited to say it is fixed; nothing is posted", async () => {
    const path = join(demo.repo.dir, 'infra/network/main.tf')
    demo.repo.write(
      'infra/network/main.tf',
      readFileSync(path, 'utf8').replace(
        'cidr_ipv4         = "0.0.0.0/0"',
        'cidr_ipv4         = "10.20.0.0/16"'
      )
    )
    const fixed = demo.repo.commitAll('restrict ssh')
    pushToPull(fake, {
      number: PR,
      base: demo.base,
      head: fixed,
      files: pullFiles(demo.repo.dir, demo.base, fixed),
      previousHeads: [demo.head]
    })
    const ssh = fake.reviewComments(PR).find(c => String(c.path) === 'infra/network/main.tf')
    const run = await review(fixed)
    expect(run.outputs['new-findings']).toBe('11')
    expect(fake.reviews(PR)).toHaveLength(1)
    const edits = run.calls.filter(c => c.method === 'PATCH' && c.path.includes('/pulls/comments/'))
    expect(edits.map(c => c.path)).toEqual([`/repos/owner/repo/pulls/comments/${String(ssh?.id)}`])
    const body = String(fake.reviewComments(PR).find(c => c.id === ssh?.id)?.body)
    expect(body).toMatch(new RegExp(`^✅ Fixed in \`${fixed.slice(0, 12)}\``))
    expect(fingerprintOf(body)).toBe(fingerprintOf(ssh?.body))
    expect(fake.violations).toEqual([])
    expect(fake.responseProblems).toEqual([])

    const again = await review(fixed)
    expect(again.calls.filter(c => c.method === 'PATCH' && c.path.includes('/pulls/comments/'))).toEqual([])
  }, 180_000)
})
