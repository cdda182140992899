import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { createDemoRepo } from '../bundle/demo-repo.js'
import { startFakeGitHub, type FakeGitHub } from '../fake-github/fake-github.js'
import { createTempRepo, isolateGitConfig, makeTempDir, removeTempDirs } from '../helpers/temp-repo.js'
import {
  pullFiles,
  pullPayload,
  routes,
  runAction,
  seedCommitFiles,
  WRITE_TOKEN,
  type ActionResult
} from './harness.js'

// Big pull requests: thousands of files (pagination) and more than a thousand findings (batching, limits).
let restore: () => void
let fake: FakeGitHub

beforeAll(() => {
  restore = isolateGitConfig()
})

afterAll(() => {
  removeTempDirs()
  restore()
})

beforeEach(async () => {
  fake = await startFakeGitHub({ token: WRITE_TOKEN })
})

afterEach(async () => {
  expect(fake.violations).toEqual([])
  expect(fake.responseProblems).toEqual([])
  await fake.close()
})

function sshRule(n: number): string {
  return [
    `resource "aws_vpc_security_group_ingress_rule" "ssh_${n}" {`,
    '  security_group_id = "sg-0123456789abcdef0"',
    '  cidr_ipv4         = "0.0.0.0/0"',
    '  from_port         = 22',
    '  to_port           = 22',
    '  ip_protocol       = "tcp"',
    '}',
    ''
  ].join('\n')
}

async function freshPull(
  number: number,
  repo: { dir: string },
  base: string,
  head: string
): Promise<ActionResult> {
  fake.seedPullRequest({ number, baseSha: base, headSha: head, files: pullFiles(repo.dir, base, head) })
  return runAction({
    fake,
    workspace: repo.dir,
    event: 'pull_request',
    payload: pullPayload({ number, base, head }),
    sha: head,
    inputs: { 'fail-on': 'never' }
  })
}

describe('a pull request with 3,000 changed files, read through the API', () => {
  test('every page of the file list is read (30 of 100), so the last file is reviewed too', async () => {
    const repo = createTempRepo()
    for (let i = 0; i < 2999; i++) repo.write(`docs/page-${String(i).padStart(4, '0')}.md`, `page ${i}\n`)
    repo.write('zone/main.tf', 'locals {\n  zone = "a"\n}\n')
    const base = repo.commitAll('base')
    for (let i = 0; i < 2999; i++)
      repo.write(`docs/page-${String(i).padStart(4, '0')}.md`, `page ${i}, edited\n`)
    repo.write('zone/main.tf', `locals {\n  zone = "b"\n}\n\n${sshRule(1)}`)
    const head = repo.commitAll('head')
    seedCommitFiles(fake, repo.dir, base)
    seedCommitFiles(fake, repo.dir, head)
    const files = pullFiles(repo.dir, base, head)
    expect(files).toHaveLength(3000)
    fake.seedPullRequest({ number: 30, baseSha: base, headSha: head, files })
    const run = await runAction({
      fake,
      workspace: makeTempDir('demarc-no-checkout-'),
      event: 'pull_request',
      payload: pullPayload({ number: 30, base, head, changedFiles: 3000 }),
      sha: head
    })
    const pages = run.calls.filter(c => c.path.endsWith('/pulls/30/files'))
    expect(pages.map(c => c.query.page ?? '1')).toEqual(Array.from({ length: 30 }, (_, i) => String(i + 1)))
    expect(pages.every(c => c.query.per_page === '100' && c.status === 200)).toBe(true)
    expect(fake.reviewComments(30).map(c => `${String(c.path)}:${String(c.line)}`)).toEqual([
      'zone/main.tf:7'
    ])
    expect(run.calls.filter(c => c.path.includes('/git/blobs/'))).toHaveLength(2)
    expect(run.stdout).not.toContain('::warning::')
    expect(run.status).toBe(1)
    console.log(
      `3,000-file pull request through the API: ${run.calls.length} API calls (${pages.length} pages of files)`
    )
  }, 180_000)
})

describe('more than a thousand findings', () => {
  test('annotations go 50 a request, the summary is cut with a note, and API calls grow only by ceil(annotations / 50)', async () => {
    const demo = createDemoRepo()
    const small = await freshPull(1, demo.repo, demo.base, demo.head)

    const repo = createTempRepo()
    repo.write('infra/bulk/main.tf', '# Rules of the bastion hosts.\n')
    const base = repo.commitAll('base')
    const count = 1050
    repo.write('infra/bulk/main.tf', Array.from({ length: count }, (_, i) => sshRule(i)).join(''))
    const head = repo.commitAll('head')
    const big = await freshPull(2, repo, base, head)

    expect(big.outputs['new-findings']).toBe(String(count))
    const run = fake.checkRuns().find(r => r.head_sha === head)
    const updates = big.calls.filter(
      c => c.method === 'PATCH' && c.path === `/repos/owner/repo/check-runs/${String(run?.id)}`
    )
    expect(
      updates.map(c => ((c.body as { output: { annotations?: unknown[] } }).output.annotations ?? []).length)
    ).toEqual(Array.from({ length: Math.ceil(count / 50) }, () => 50))
    expect(updates.map(c => (c.body as { status?: string }).status ?? 'in_progress').at(-1)).toBe('completed')
    expect(new Set(updates.slice(0, -1).map(c => (c.body as { status?: string }).status))).toEqual(
      new Set([undefined])
    )
    expect(fake.checkRunAnnotations(Number(run?.id))).toHaveLength(count)
    const summary = String((run?.output as { summary: string }).summary)
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(65_535)
    expect(summary).toMatch(/not shown here/)
    expect(Buffer.byteLength(big.summary)).toBeLessThanOrEqual(1024 * 1024)

    expect(fake.reviewComments(2)).toHaveLength(25)
    expect(String(fake.reviews(2)[0]?.body)).toContain(
      `${count - 25} more new findings are not commented here`
    )

    const annotations = (n: number) => Math.ceil(n / 50)
    console.log(
      `fresh pull request, 12 new findings: ${small.calls.length} API calls; ${count} new findings: ${big.calls.length} API calls\n  ${routes(big.calls).slice(0, 5).join('\n  ')}\n  …`
    )
    expect(big.calls.length - small.calls.length).toBe(annotations(count) - annotations(5))
    expect(small.calls.length).toBe(3 + annotations(5))
  }, 240_000)
})
