import { fileURLToPath } from 'node:url'
import { afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { startFakeGitHub, type FakeGitHub, type SeedFile } from './fake-github.js'
import { call, type CallOptions, type Reply } from './http-client.js'
import { descriptionLoadMs, getOpenApi } from './openapi.js'
import { runNode } from './run-node.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

const BASE = 'a'.repeat(40)
const HEAD = 'b'.repeat(40)
const MERGE = 'c'.repeat(40)
const OTHER = 'd'.repeat(40)

// main.tf: lines 1-5 of head are in the first hunk, 21-22 in the second; line 10 is outside both.
const MAIN_TF_PATCH = [
  '@@ -1,4 +1,5 @@',
  ' resource "aws_s3_bucket" "logs" {',
  '-  acl = "private"',
  '+  acl    = "public-read"',
  '+  force_destroy = true',
  '   bucket = "logs"',
  ' }',
  '@@ -20,3 +21,2 @@ resource "aws_db_instance" "main" {',
  '   engine = "postgres"',
  '-  storage_encrypted = true',
  ' }'
].join('\n')

const FILES: SeedFile[] = [
  { filename: 'infra/main.tf', status: 'modified', patch: MAIN_TF_PATCH },
  { filename: 'infra/new.tf', status: 'added', patch: '@@ -0,0 +1,2 @@\n+locals {}\n+# new' },
  { filename: 'infra/renamed.tf', status: 'renamed', previous_filename: 'infra/old.tf' },
  { filename: 'logo.png', status: 'added' }
]

let fake: FakeGitHub
let loadMs = 0

beforeAll(() => {
  getOpenApi()
  loadMs = descriptionLoadMs()
  console.log(`GitHub OpenAPI description loaded and indexed in ${loadMs.toFixed(0)} ms`)
})

beforeEach(async () => {
  fake = await startFakeGitHub({
    token: 'write-token',
    readOnlyTokens: ['fork-token'],
    tokens: [
      {
        token: 'no-checks-token',
        label: 'no-checks',
        permissions: { pull_requests: 'write', checks: 'read' }
      }
    ],
    maxHangMs: 500,
    maxPages: 5
  })
  fake.seedPullRequest({
    number: 7,
    baseSha: BASE,
    headSha: HEAD,
    mergeSha: MERGE,
    files: FILES,
    headRef: 'feature'
  })
})

afterEach(async () => {
  await fake.close()
  // Every response the fake sent in the test matched GitHub's description for its operation and status.
  expect(fake.responseProblems).toEqual([])
})

function gh(method: string, path: string, options: CallOptions = {}): Promise<Reply> {
  return call(fake.url, method, path, { token: 'write-token', ...options })
}

const REPO = '/repos/owner/repo'

describe('validation of requests', () => {
  test('a valid request leaves no violation', async () => {
    const reply = await gh('GET', `${REPO}/pulls/7`)
    expect(reply.status).toBe(200)
    expect(reply.json).toMatchObject({ number: 7, head: { sha: HEAD, ref: 'feature' }, base: { sha: BASE } })
    expect(fake.violations).toEqual([])
  })

  test('an enum value GitHub does not know is rejected with 422 and recorded', async () => {
    const reply = await gh('POST', `${REPO}/pulls/7/reviews`, { body: { event: 'COMMENTED', body: 'x' } })
    expect(reply.status).toBe(422)
    expect((reply.json as { message: string }).message).toMatch(
      /^Invalid request\.\n\nFor 'properties\/event', "COMMENTED"/
    )
    expect(fake.reviews(7)).toEqual([])
    expect(fake.violations).toEqual([
      expect.objectContaining({
        method: 'POST',
        kind: 'body',
        rejected: true,
        reason: expect.stringContaining('body/event')
      })
    ])
  })

  test("a check run without head_sha is rejected with GitHub's wording", async () => {
    const reply = await gh('POST', `${REPO}/check-runs`, { body: { name: 'Demarc' } })
    expect(reply.status).toBe(422)
    expect(reply.json).toEqual({
      message: 'Invalid request.\n\n"head_sha" wasn\'t supplied.',
      documentation_url: expect.stringMatching(/^https:\/\/docs\.github\.com\/rest\/.*#create-a-check-run$/),
      status: '422'
    })
    expect(fake.checkRuns()).toEqual([])
    expect(fake.violations.map(v => v.reason)).toEqual(['body: missing required property "head_sha"'])
  })

  test('unknown routes, unsupported methods and unimplemented endpoints are 404s and violations', async () => {
    expect((await gh('GET', `${REPO}/pulls/7/nonsense`)).status).toBe(404)
    expect((await gh('DELETE', `${REPO}/pulls/7`)).status).toBe(404)
    expect((await gh('POST', '/graphql', { body: { query: '{ viewer { login } }' } })).status).toBe(404)
    expect((await gh('GET', `${REPO}/pulls/7/commits`)).status).toBe(404)
    expect(fake.violations.map(v => [v.kind, v.reason])).toEqual([
      ['route', `GET ${REPO}/pulls/7/nonsense is not an endpoint of GitHub's REST API`],
      ['route', '/repos/{owner}/{repo}/pulls/{pull_number} has no DELETE (only GET, PATCH)'],
      ['route', "POST /graphql is not an endpoint of GitHub's REST API"],
      [
        'route',
        expect.stringContaining(
          "pulls/list-commits (GET /repos/{owner}/{repo}/pulls/{pull_number}/commits) is GitHub's, but the fake does not implement it"
        )
      ]
    ])
  })

  test('path parameters are typed: a non-numeric pull number is a 404', async () => {
    expect((await gh('GET', `${REPO}/pulls/seven`)).status).toBe(404)
    expect(fake.violations).toEqual([
      expect.objectContaining({ kind: 'path-params', reason: 'path/pull_number: must be integer' })
    ])
  })

  test('query problems GitHub tolerates are recorded but answered', async () => {
    const reply = await gh('GET', `${REPO}/pulls/7/files?per_page=200&perpage=5`)
    expect(reply.status).toBe(200)
    expect(fake.violations.map(v => [v.kind, v.rejected, v.reason])).toEqual([
      ['query', false, 'query parameter "perpage" is not one of pulls/list-files\'s; GitHub ignores it'],
      ['query', false, "per_page=200 is over GitHub's maximum of 100; GitHub sends 100"]
    ])
  })

  test('a body property the schema does not name is answered but recorded (GitHub drops it)', async () => {
    const reply = await gh('POST', `${REPO}/issues/7/comments`, { body: { body: 'hello', sticky: true } })
    expect(reply.status).toBe(201)
    expect(fake.violations).toEqual([
      expect.objectContaining({
        kind: 'unknown-property',
        rejected: false,
        reason: 'body: unknown property "sticky"; GitHub ignores it'
      })
    ])
  })

  test('malformed JSON in a request is a 400', async () => {
    const reply = await gh('POST', `${REPO}/issues/7/comments`, { rawBody: '{"body": ' })
    expect(reply.status).toBe(400)
    expect((reply.json as { message: string }).message).toBe('Problems parsing JSON')
    expect(fake.violations.map(v => v.kind)).toEqual(['body'])
  })

  test('headers: User-Agent is required, Accept is expected, the API version must exist', async () => {
    expect((await gh('GET', `${REPO}/pulls/7`, { headers: { 'user-agent': undefined } })).status).toBe(403)
    expect((await gh('GET', `${REPO}/pulls/7`, { headers: { accept: undefined } })).status).toBe(200)
    expect(
      (await gh('GET', `${REPO}/pulls/7`, { headers: { 'x-github-api-version': '2022-11-28' } })).status
    ).toBe(200)
    expect(
      (await gh('GET', `${REPO}/pulls/7`, { headers: { 'x-github-api-version': '1999-01-01' } })).status
    ).toBe(400)
    expect(fake.violations.map(v => [v.kind, v.rejected])).toEqual([
      ['headers', true],
      ['headers', false],
      ['headers', true]
    ])
  })

  test('media types the fake does not serve are refused rather than answered with JSON', async () => {
    const diff = await gh('GET', `${REPO}/pulls/7`, { headers: { accept: 'application/vnd.github.v3.diff' } })
    expect(diff.status).toBe(415)
    expect(fake.violations).toEqual([
      expect.objectContaining({
        kind: 'headers',
        rejected: true,
        reason: expect.stringContaining('vnd.github.v3.diff')
      })
    ])
    const raw = await gh('GET', `${REPO}/issues/7/comments`, {
      headers: { accept: 'application/vnd.github.raw+json' }
    })
    expect(raw.status).toBe(200)
    expect(raw.json).toEqual([])
    expect(fake.violations).toHaveLength(1)
  })

  test('another repository is a 404 and a violation', async () => {
    expect((await gh('GET', '/repos/someone/else/pulls/7')).status).toBe(404)
    expect(fake.violations[0]?.reason).toBe('request for someone/else, not owner/repo')
  })
})

describe('tokens', () => {
  test('a read-only token reads but cannot write, and nothing changes', async () => {
    expect((await gh('GET', `${REPO}/pulls/7`, { token: 'fork-token' })).status).toBe(200)
    const reply = await gh('POST', `${REPO}/pulls/7/reviews`, {
      token: 'fork-token',
      body: { event: 'COMMENT', body: 'x' }
    })
    expect(reply.status).toBe(403)
    expect(reply.json).toEqual({
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
      status: '403'
    })
    expect(fake.reviews(7)).toEqual([])
    expect(fake.calls.map(c => c.token)).toEqual(['read-only', 'read-only'])
  })

  test('per-scope permissions: pull requests writable, checks only readable', async () => {
    const token = 'no-checks-token'
    expect((await gh('POST', `${REPO}/issues/7/comments`, { token, body: { body: 'ok' } })).status).toBe(201)
    const denied = await gh('POST', `${REPO}/check-runs`, { token, body: { name: 'Demarc', head_sha: HEAD } })
    expect(denied.status).toBe(403)
    expect(denied.headers['x-accepted-github-permissions']).toBe('checks=write')
    expect(fake.checkRuns()).toEqual([])
  })

  test('wrong or missing tokens are 401s and violations; tokens are never recorded', async () => {
    const wrong = await gh('GET', `${REPO}/pulls/7`, { token: 'nope' })
    expect(wrong.status).toBe(401)
    expect((wrong.json as { message: string }).message).toBe('Bad credentials')
    const missing = await gh('GET', `${REPO}/pulls/7`, { token: null })
    expect(missing.status).toBe(401)
    expect((missing.json as { message: string }).message).toBe('Requires authentication')
    const bearer = await gh('GET', `${REPO}/pulls/7`, {
      token: null,
      headers: { authorization: 'Bearer write-token' }
    })
    expect(bearer.status).toBe(200)
    expect(fake.calls.map(c => c.token)).toEqual(['invalid', 'missing', 'write'])
    expect(fake.violations.map(v => v.kind)).toEqual(['auth', 'auth'])
    expect(JSON.stringify(fake.calls)).not.toContain('write-token')
  })
})

describe('pull request files', () => {
  function manyFiles(count: number): SeedFile[] {
    return Array.from({ length: count }, (_, i) => ({
      filename: `stacks/s${String(i).padStart(4, '0')}.tf`,
      status: 'added' as const,
      patch: '@@ -0,0 +1 @@\n+locals {}'
    }))
  }

  test('files carry what GitHub sends: status, patch, previous name, counts', async () => {
    const reply = await gh('GET', `${REPO}/pulls/7/files`)
    const files = reply.json as Record<string, unknown>[]
    expect(files.map(f => f.filename)).toEqual(FILES.map(f => f.filename))
    expect(files[0]).toMatchObject({
      status: 'modified',
      additions: 2,
      deletions: 2,
      changes: 4,
      patch: MAIN_TF_PATCH
    })
    expect(files[2]).toMatchObject({ status: 'renamed', previous_filename: 'infra/old.tf' })
    expect(files[3]).not.toHaveProperty('patch')
    expect(reply.headers.link).toBeUndefined()
  })

  test('Link headers point at /repositories/{id} and a real client follows them', async () => {
    fake.seedPullRequest({ number: 8, baseSha: BASE, headSha: OTHER, files: manyFiles(250) })
    const first = await gh('GET', `${REPO}/pulls/8/files?per_page=100`)
    expect(first.headers.link).toBe(
      `<${fake.url}/repositories/424242/pulls/8/files?per_page=100&page=2>; rel="next", ` +
        `<${fake.url}/repositories/424242/pulls/8/files?per_page=100&page=3>; rel="last"`
    )
    const octokit = getOctokit('write-token', { baseUrl: fake.url })
    const all = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner: 'owner',
      repo: 'repo',
      pull_number: 8,
      per_page: 100
    })
    expect(all.map(f => f.filename)).toEqual(manyFiles(250).map(f => f.filename))
    expect(fake.callsTo('GET', /^\/repositories\/424242\/pulls\/8\/files$/).map(c => c.query.page)).toEqual([
      '2',
      '3'
    ])
    expect(fake.violations).toEqual([])
  })

  test('GitHub lists at most 3000 files; the pull request still says how many changed', async () => {
    fake.seedPullRequest({ number: 9, baseSha: BASE, headSha: OTHER, files: manyFiles(3100) })
    const octokit = getOctokit('write-token', { baseUrl: fake.url })
    const all = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner: 'owner',
      repo: 'repo',
      pull_number: 9,
      per_page: 100
    })
    expect(all).toHaveLength(3000)
    expect(fake.callsTo('GET', /\/pulls\/9\/files$/)).toHaveLength(30)
    const pull = await octokit.rest.pulls.get({ owner: 'owner', repo: 'repo', pull_number: 9 })
    expect(pull.data.changed_files).toBe(3100)
  })

  test('endless pagination stops at the hard cap and is recorded', async () => {
    fake.paginateEndlessly({ path: /\/pulls\/7\/files$/ })
    let next: string | undefined = `${REPO}/pulls/7/files?per_page=2`
    const pages: number[] = []
    while (next && pages.length < 50) {
      const reply = await gh('GET', next)
      pages.push((reply.json as unknown[]).length)
      next = /<([^>]+)>; rel="next"/.exec(String(reply.headers.link ?? ''))?.[1]
    }
    expect(pages).toEqual([2, 2, 2, 2, 2]) // maxPages 5; beyond the data the last page repeats
    expect(fake.violations).toEqual([expect.objectContaining({ kind: 'pagination', rejected: false })])
  })
})

describe('reviews', () => {
  const comment = (path: string, line: number, extra: Record<string, unknown> = {}) => ({
    path,
    line,
    side: 'RIGHT',
    body: `finding at ${path}:${line}`,
    ...extra
  })

  test('a review with comments inside the hunks is created, listed and kept in state', async () => {
    const reply = await gh('POST', `${REPO}/pulls/7/reviews`, {
      body: {
        commit_id: HEAD,
        event: 'COMMENT',
        body: 'Demarc found 2 new findings',
        comments: [
          comment('infra/main.tf', 3),
          comment('infra/main.tf', 22, { start_line: 21, start_side: 'RIGHT' }),
          comment('infra/main.tf', 21, { side: 'LEFT' }),
          comment('infra/new.tf', 1)
        ]
      }
    })
    expect(reply.status).toBe(200)
    const review = reply.json as Record<string, unknown>
    expect(review).toMatchObject({ state: 'COMMENTED', commit_id: HEAD, body: 'Demarc found 2 new findings' })
    expect(review.user).toMatchObject({ login: 'github-actions[bot]', type: 'Bot' })
    expect(fake.reviews(7)).toEqual([review])

    const listed = await gh('GET', `${REPO}/pulls/7/comments`)
    const comments = listed.json as Record<string, unknown>[]
    expect(comments.map(c => [c.path, c.line, c.side, c.start_line, c.pull_request_review_id])).toEqual([
      ['infra/main.tf', 3, 'RIGHT', null, review.id],
      ['infra/main.tf', 22, 'RIGHT', 21, review.id],
      ['infra/main.tf', 21, 'LEFT', null, review.id],
      ['infra/new.tf', 1, 'RIGHT', null, review.id]
    ])
    expect(comments[0]?.diff_hunk).toBe(MAIN_TF_PATCH.split('\n').slice(0, 5).join('\n'))
    expect(comments[0]?.position).toBe(4)
    expect((await gh('GET', `${REPO}/pulls/7/reviews`)).json).toEqual([review])
    expect(fake.violations).toEqual([])
  })

  test("a comment outside the hunks rejects the whole review with GitHub's error shape", async () => {
    const reply = await gh('POST', `${REPO}/pulls/7/reviews`, {
      body: {
        commit_id: HEAD,
        event: 'COMMENT',
        body: 'x',
        comments: [comment('infra/main.tf', 3), comment('infra/main.tf', 10)]
      }
    })
    expect(reply.status).toBe(422)
    expect(reply.json).toEqual({
      message: 'Unprocessable Entity',
      errors: ['Line could not be resolved'],
      documentation_url: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
      status: '422'
    })
    expect(fake.reviews(7)).toEqual([])
    expect(fake.reviewComments(7)).toEqual([])
    expect(fake.violations).toEqual([
      expect.objectContaining({
        kind: 'semantics',
        rejected: true,
        reason:
          'comments[1]: infra/main.tf: line 10 (RIGHT) is not in the diff; RIGHT lines in hunks: 1-5, 21-22'
      })
    ])
  })

  test.each([
    ['a removed line on the RIGHT side', comment('infra/main.tf', 2, { side: 'LEFT' }), null],
    ['a deleted line addressed on the RIGHT', comment('infra/main.tf', 23), 'Line could not be resolved'],
    ['a file outside the pull request', comment('README.md', 1), 'Path could not be resolved'],
    ['a file without a patch', comment('logo.png', 1), 'Line could not be resolved'],
    [
      'a range across hunks',
      comment('infra/main.tf', 21, { start_line: 3 }),
      'Pull request review thread start line must be part of the same hunk as the line.'
    ],
    [
      'a range ending before it starts',
      comment('infra/main.tf', 2, { start_line: 3 }),
      'Pull request review thread start line must precede the end line'
    ],
    [
      'a range of one line',
      comment('infra/main.tf', 3, { start_line: 3 }),
      'Pull request review thread start line must precede the end line'
    ],
    ['an unknown side', comment('infra/main.tf', 3, { side: 'BOTH' }), 'Side is invalid']
  ])('%s', async (_name, input, error) => {
    const reply = await gh('POST', `${REPO}/pulls/7/reviews`, {
      body: { event: 'COMMENT', body: 'x', comments: [input] }
    })
    if (error === null) {
      expect(reply.status).toBe(200)
      return
    }
    expect(reply.status).toBe(422)
    expect((reply.json as { errors: string[] }).errors).toEqual([error])
    expect(fake.reviews(7)).toEqual([])
  })

  test("GitHub's other review rules: commit, approval, body, one pending review", async () => {
    const post = (body: Record<string, unknown>) => gh('POST', `${REPO}/pulls/7/reviews`, { body })
    expect((await post({ event: 'COMMENT', body: 'x', commit_id: MERGE })).status).toBe(422)
    expect(((await post({ event: 'APPROVE' })).json as { errors: string[] }).errors).toEqual([
      'GitHub Actions is not permitted to approve pull requests.'
    ])
    expect((await post({ event: 'REQUEST_CHANGES', comments: [comment('infra/main.tf', 3)] })).status).toBe(
      422
    )
    expect((await post({ event: 'COMMENT' })).status).toBe(422)
    expect((await post({ event: 'COMMENT', comments: [comment('infra/main.tf', 3)] })).status).toBe(200)
    expect((await post({ body: 'draft' })).status).toBe(200)
    expect(((await post({ body: 'second draft' })).json as { errors: string[] }).errors).toEqual([
      'User can only have one pending review per pull request'
    ])
    expect(fake.reviews(7).map(r => r.state)).toEqual(['COMMENTED', 'PENDING'])
  })

  test('review comments can be edited and deleted; a deleted one is a 404', async () => {
    await gh('POST', `${REPO}/pulls/7/reviews`, {
      body: { event: 'COMMENT', body: 'x', comments: [comment('infra/main.tf', 3)] }
    })
    const [first] = fake.reviewComments(7)
    const id = Number(first?.id)
    const edited = await gh('PATCH', `${REPO}/pulls/comments/${id}`, { body: { body: 'updated' } })
    expect(edited.status).toBe(200)
    expect(fake.reviewComments(7)[0]?.body).toBe('updated')
    expect((await gh('DELETE', `${REPO}/pulls/comments/${id}`)).status).toBe(204)
    expect((await gh('PATCH', `${REPO}/pulls/comments/${id}`, { body: { body: 'again' } })).status).toBe(404)
    expect(fake.reviewComments(7)).toEqual([])
  })

  test('a single review comment and a reply to it', async () => {
    const created = await gh('POST', `${REPO}/pulls/7/comments`, {
      body: { body: 'one', commit_id: HEAD, path: 'infra/new.tf', line: 2, side: 'RIGHT' }
    })
    expect(created.status).toBe(201)
    const id = (created.json as { id: number }).id
    // The description requires commit_id and path even for a reply (GitHub then ignores them).
    const reply = await gh('POST', `${REPO}/pulls/7/comments`, {
      body: { body: 'two', in_reply_to: id, commit_id: HEAD, path: 'infra/new.tf' }
    })
    expect(reply.status).toBe(201)
    expect(reply.json).toMatchObject({ in_reply_to_id: id, path: 'infra/new.tf', line: 2 })
  })
})

describe('issue comments', () => {
  test('create, list, edit, delete — ids keep increasing across kinds', async () => {
    const earlier = fake.seedIssueComment(7, 'a person wrote <!-- demarc -->', {
      login: 'octocat',
      id: 5,
      type: 'User'
    })
    const created = await gh('POST', `${REPO}/issues/7/comments`, {
      body: { body: '<!-- demarc -->\nsummary' }
    })
    expect(created.status).toBe(201)
    const id = (created.json as { id: number }).id
    expect(id).toBeGreaterThan(earlier)
    const listed = (await gh('GET', `${REPO}/issues/7/comments`)).json as {
      id: number
      user: { login: string }
    }[]
    expect(listed.map(c => [c.id, c.user.login])).toEqual([
      [earlier, 'octocat'],
      [id, 'github-actions[bot]']
    ])
    expect((await gh('PATCH', `${REPO}/issues/comments/${id}`, { body: { body: 'new' } })).status).toBe(200)
    expect(fake.issueComments(7).map(c => c.body)).toEqual(['a person wrote <!-- demarc -->', 'new'])
    expect((await gh('DELETE', `${REPO}/issues/comments/${id}`)).status).toBe(204)
    expect(fake.issueComments(7)).toHaveLength(1)
  })

  test('a body over 65536 characters is refused', async () => {
    const reply = await gh('POST', `${REPO}/issues/7/comments`, { body: { body: 'x'.repeat(65537) } })
    expect(reply.status).toBe(422)
    expect(reply.json).toMatchObject({
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'unprocessable',
          field: 'data',
          message: 'Body is too long (maximum is 65536 characters)'
        }
      ]
    })
    expect(fake.issueComments(7)).toEqual([])
    expect(
      (await gh('POST', `${REPO}/issues/7/comments`, { body: { body: 'x'.repeat(65536) } })).status
    ).toBe(201)
  })

  test('comments on an issue that does not exist are a 404', async () => {
    expect((await gh('GET', `${REPO}/issues/99/comments`)).status).toBe(404)
  })
})

describe('check runs', () => {
  const annotation = (i: number) => ({
    path: 'infra/main.tf',
    start_line: i + 1,
    end_line: i + 1,
    annotation_level: 'warning',
    message: `finding ${i}`
  })
  const output = (annotations: unknown[], summary = 'summary') => ({ title: 'Demarc', summary, annotations })

  async function create(body: Record<string, unknown>): Promise<Reply> {
    return gh('POST', `${REPO}/check-runs`, { body: { name: 'Demarc', head_sha: HEAD, ...body } })
  }

  test('annotations: 50 per request, appended across updates', async () => {
    const created = await create({
      status: 'in_progress',
      output: output(Array.from({ length: 50 }, (_, i) => annotation(i)))
    })
    expect(created.status).toBe(201)
    const id = (created.json as { id: number }).id
    const updated = await gh('PATCH', `${REPO}/check-runs/${id}`, {
      body: {
        conclusion: 'failure',
        output: output(
          Array.from({ length: 30 }, (_, i) => annotation(50 + i)),
          'final'
        )
      }
    })
    expect(updated.status).toBe(200)
    expect(updated.json).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      output: { title: 'Demarc', summary: 'final', annotations_count: 80 },
      pull_requests: [{ number: 7 }]
    })
    expect(fake.checkRunAnnotations(id)).toHaveLength(80)
    const page = await gh('GET', `${REPO}/check-runs/${id}/annotations?per_page=100`)
    expect((page.json as unknown[]).length).toBe(80)
    expect(fake.violations).toEqual([])
  })

  test('51 annotations in one request is a 422 and nothing is created', async () => {
    const reply = await create({ output: output(Array.from({ length: 51 }, (_, i) => annotation(i))) })
    expect(reply.status).toBe(422)
    expect((reply.json as { message: string }).message).toBe(
      'Invalid request.\n\nNo more than 50 items are allowed; 51 were supplied.'
    )
    expect(fake.checkRuns()).toEqual([])
  })

  test('summary: at most 65535 characters, and at most 65535 bytes', async () => {
    const long = await create({ output: output([], 'x'.repeat(65536)) })
    expect(long.status).toBe(422)
    expect((long.json as { message: string }).message).toBe(
      'Invalid request.\n\nOnly 65535 characters are allowed; 65536 were supplied.'
    )
    const heavy = await create({ output: output([], '€'.repeat(30000)) }) // 30 000 characters, 90 000 bytes
    expect(heavy.status).toBe(422)
    expect(heavy.json).toMatchObject({
      message: 'Validation Failed',
      errors: [
        {
          resource: 'CheckRun',
          code: 'custom',
          field: 'summary',
          message: 'summary exceeds a maximum bytesize of 65535'
        }
      ]
    })
    expect((await create({ output: output([], 'x'.repeat(65535)) })).status).toBe(201)
    expect(fake.checkRuns()).toHaveLength(1)
  })

  test('annotation limits and status rules', async () => {
    const titled = await create({ output: output([{ ...annotation(0), title: 't'.repeat(256) }]) })
    expect(titled.status).toBe(422)
    expect((await create({ output: output([{ ...annotation(0), annotation_level: 'error' }]) })).status).toBe(
      422
    )
    expect((await create({ status: 'completed' })).status).toBe(422)
    expect((await create({ conclusion: 'stale' })).status).toBe(422)
    expect((await create({ head_sha: 'e'.repeat(40) })).json).toMatchObject({
      message: `No commit found for SHA: ${'e'.repeat(40)}`
    })
    expect(fake.checkRuns()).toEqual([])
    const created = await create({})
    const id = (created.json as { id: number }).id
    expect((await gh('PATCH', `${REPO}/check-runs/${id}`, { body: { status: 'completed' } })).status).toBe(
      422
    )
    expect(fake.violations.every(v => v.rejected)).toBe(true)
  })

  test('columns on a multi-line annotation are recorded, not refused', async () => {
    const reply = await create({
      output: output([{ ...annotation(0), end_line: 4, start_column: 1, end_column: 2 }])
    })
    expect(reply.status).toBe(201)
    expect(fake.violations).toEqual([expect.objectContaining({ kind: 'limits', rejected: false })])
  })

  test('a check run on the test merge commit is accepted but recorded', async () => {
    const reply = await create({ head_sha: MERGE })
    expect(reply.status).toBe(201)
    expect((reply.json as { pull_requests: unknown[] }).pull_requests).toEqual([])
    expect(fake.violations[0]?.reason).toContain('test merge commit of PR #7')
  })

  test('list for a ref: the latest run per name by default, all with filter=all', async () => {
    await create({ status: 'in_progress' })
    await create({ conclusion: 'success' })
    await create({ name: 'Other', conclusion: 'neutral' })
    const latest = (await gh('GET', `${REPO}/commits/${HEAD}/check-runs`)).json as {
      total_count: number
      check_runs: { name: string; status: string }[]
    }
    expect(latest.total_count).toBe(2)
    expect(latest.check_runs.map(r => [r.name, r.status])).toEqual([
      ['Other', 'completed'],
      ['Demarc', 'completed']
    ])
    const all = (await gh('GET', `${REPO}/commits/feature/check-runs?filter=all&check_name=Demarc`)).json as {
      total_count: number
    }
    expect(all.total_count).toBe(2)
  })
})

describe('contents, blobs, comparisons', () => {
  test('file contents at a ref, base64 in 60-character lines, or raw', async () => {
    const text = 'resource "aws_s3_bucket" "logs" {\n' + '  # padding\n'.repeat(20) + '}\n'
    fake.seedFile(HEAD, 'infra/main.tf', text)
    const reply = await gh('GET', `${REPO}/contents/infra/main.tf?ref=${HEAD}`)
    expect(reply.status).toBe(200)
    const body = reply.json as { type: string; encoding: string; content: string; sha: string; size: number }
    expect(body).toMatchObject({ type: 'file', encoding: 'base64', size: Buffer.byteLength(text) })
    expect(
      body.content
        .split('\n')
        .slice(0, -2)
        .every(line => line.length === 60)
    ).toBe(true)
    expect(Buffer.from(body.content, 'base64').toString('utf8')).toBe(text)
    const raw = await gh('GET', `${REPO}/contents/infra/main.tf?ref=feature`, {
      headers: { accept: 'application/vnd.github.raw+json' }
    })
    expect(raw.text).toBe(text)
    const files = (await gh('GET', `${REPO}/pulls/7/files`)).json as { filename: string; sha: string }[]
    expect(files[0]?.sha).toBe(body.sha)
    const blob = (await gh('GET', `${REPO}/git/blobs/${body.sha}`)).json as { content: string }
    expect(Buffer.from(blob.content, 'base64').toString('utf8')).toBe(text)
  })

  test('missing paths and refs are 404s; a bad blob sha is a 422', async () => {
    fake.seedFile(HEAD, 'a.tf', 'x')
    expect((await gh('GET', `${REPO}/contents/b.tf?ref=${HEAD}`)).status).toBe(404)
    const ref = await gh('GET', `${REPO}/contents/a.tf?ref=nope`)
    expect(ref.json).toMatchObject({ message: 'No commit found for the ref nope' })
    expect((await gh('GET', `${REPO}/git/blobs/${'f'.repeat(40)}`)).status).toBe(404)
    expect((await gh('GET', `${REPO}/git/blobs/xyz`)).status).toBe(422)
  })

  test('directories are listed; symlinks to files in the repo are followed, others are not', async () => {
    fake.seedFile(HEAD, 'infra/main.tf', 'main')
    fake.seedFile(HEAD, 'infra/modules/a/x.tf', 'x')
    fake.seedSymlink(HEAD, 'infra/link.tf', 'main.tf')
    fake.seedSymlink(HEAD, 'infra/escape.tf', '../../etc/passwd')
    const listing = (await gh('GET', `${REPO}/contents/infra?ref=${HEAD}`)).json as {
      name: string
      type: string
    }[]
    expect(listing.map(e => [e.name, e.type])).toEqual([
      ['escape.tf', 'symlink'],
      ['link.tf', 'symlink'],
      ['main.tf', 'file'],
      ['modules', 'dir']
    ])
    const followed = (await gh('GET', `${REPO}/contents/infra/link.tf?ref=${HEAD}`)).json as {
      type: string
      path: string
    }
    expect(followed).toMatchObject({ type: 'file', path: 'infra/main.tf' })
    const kept = (await gh('GET', `${REPO}/contents/infra/escape.tf?ref=${HEAD}`)).json as {
      type: string
      target: string
    }
    expect(kept).toMatchObject({ type: 'symlink', target: '../../etc/passwd' })
  })

  test('files over 1 MB: 403 in JSON, served raw', async () => {
    fake.seedFile(HEAD, 'big.json', 'x'.repeat(1024 * 1024 + 1))
    const json = await gh('GET', `${REPO}/contents/big.json?ref=${HEAD}`)
    expect(json.status).toBe(403)
    expect(json.json).toMatchObject({ errors: [{ code: 'too_large' }] })
    const raw = await gh('GET', `${REPO}/contents/big.json?ref=${HEAD}`, {
      headers: { accept: 'application/vnd.github.raw' }
    })
    expect(raw.text).toHaveLength(1024 * 1024 + 1)
  })

  test("compare base...head lists the pull request's files", async () => {
    const reply = await gh('GET', `${REPO}/compare/${BASE}...${HEAD}`)
    expect(reply.status).toBe(200)
    expect((reply.json as { files: { filename: string }[] }).files.map(f => f.filename)).toEqual(
      FILES.map(f => f.filename)
    )
    expect((await gh('GET', `${REPO}/compare/${BASE}..${HEAD}`)).status).toBe(404)
  })

  test('the repository', async () => {
    const reply = await gh('GET', REPO)
    expect(reply.json).toMatchObject({ full_name: 'owner/repo', id: 424242, default_branch: 'main' })
  })
})

describe('faults', () => {
  test('429 with retry-after, then success; the failed attempt changed nothing', async () => {
    fake.failNext({
      method: 'POST',
      path: /\/issues\/7\/comments$/,
      status: 429,
      headers: { 'retry-after': '1' }
    })
    const first = await gh('POST', `${REPO}/issues/7/comments`, { body: { body: 'x' } })
    expect(first.status).toBe(429)
    expect(first.headers['retry-after']).toBe('1')
    expect((first.json as { message: string }).message).toMatch(/secondary rate limit/)
    expect(fake.issueComments(7)).toEqual([])
    const second = await gh('POST', `${REPO}/issues/7/comments`, { body: { body: 'x' } })
    expect(second.status).toBe(201)
    expect(fake.issueComments(7)).toHaveLength(1)
    expect(fake.calls.map(c => [c.status, c.fault])).toEqual([
      [429, 'status 429'],
      [201, undefined]
    ])
    expect(fake.unusedFaults()).toEqual([])
  })

  test('primary rate limit: 403 with x-ratelimit-remaining 0', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 60)
    fake.failNext({ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } })
    const reply = await gh('GET', `${REPO}/pulls/7`)
    expect(reply.status).toBe(403)
    expect(reply.headers['x-ratelimit-remaining']).toBe('0')
    expect(reply.headers['x-ratelimit-reset']).toBe(reset)
    expect((reply.json as { message: string }).message).toMatch(/^API rate limit exceeded/)
  })

  test('a 502 can come after GitHub did the work (process), as HTML', async () => {
    fake.failNext({ method: 'POST', status: 502, process: true })
    const reply = await gh('POST', `${REPO}/issues/7/comments`, { body: { body: 'x' } })
    expect(reply.status).toBe(502)
    expect(reply.headers['content-type']).toBe('text/html')
    expect(fake.issueComments(7)).toHaveLength(1)
  })

  test('times: the fault repeats', async () => {
    fake.failNext({ status: 503, times: 2 })
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await gh('GET', `${REPO}/pulls/7`)).status)
    expect(statuses).toEqual([503, 503, 200])
  })

  test('a malformed JSON response', async () => {
    fake.malformedNext({ path: `${REPO}/pulls/7` })
    const reply = await gh('GET', `${REPO}/pulls/7`)
    expect(reply.status).toBe(200)
    expect(() => JSON.parse(reply.text)).toThrow()
  })

  test("a request that hangs is dropped at the client's timeout, and closing does not wait for it", async () => {
    fake.hangNext({ path: /\/pulls\/7$/, ms: 60_000 })
    const started = Date.now()
    await expect(gh('GET', `${REPO}/pulls/7`, { timeoutMs: 200 })).rejects.toThrow('client timeout')
    expect(Date.now() - started).toBeLessThan(1000)
    expect(fake.calls[0]?.fault).toBe('hang')
  })

  test('a hang is capped by maxHangMs and then drops the connection, or answers late', async () => {
    fake.hangNext({ path: /\/pulls\/7$/, ms: 60_000 })
    const started = Date.now()
    await expect(gh('GET', `${REPO}/pulls/7`)).rejects.toThrow()
    expect(Date.now() - started).toBeGreaterThanOrEqual(450)
    fake.hangNext({ path: /\/pulls\/7$/, ms: 100, then: 'respond' })
    const late = await gh('GET', `${REPO}/pulls/7`)
    expect(late.status).toBe(200)
  })

  test('an entity deleted between a list and an update: the update is a 404', async () => {
    const id = fake.seedIssueComment(7, '<!-- demarc --> old summary')
    const listed = (await gh('GET', `${REPO}/issues/7/comments`)).json as { id: number }[]
    expect(listed.map(c => c.id)).toEqual([id])
    fake.beforeNext({ method: 'PATCH' }, () => fake.deleteIssueComment(id))
    const update = await gh('PATCH', `${REPO}/issues/comments/${id}`, { body: { body: 'new summary' } })
    expect(update.status).toBe(404)
    expect(fake.violations).toEqual([])
  })
})

describe('another process', () => {
  test('a child using @actions/github with GITHUB_API_URL reads and writes through the fake', async () => {
    const script = [
      "import { getOctokit } from '@actions/github'",
      'const octokit = getOctokit(process.env.TOKEN)',
      "const repo = { owner: 'owner', repo: 'repo' }",
      'const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: 7 })',
      "await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'from a child' })",
      'console.log(data.head.sha)'
    ].join('\n')
    const run = await runNode(['--input-type=module', '-e', script], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, GITHUB_API_URL: fake.url, TOKEN: 'write-token' },
      timeoutMs: 20_000
    })
    expect(run.stderr).toBe('')
    expect(run.stdout.trim()).toBe(HEAD)
    expect(fake.issueComments(7).map(c => c.body)).toEqual(['from a child'])
    expect(fake.calls.map(c => [c.method, c.path, c.status, c.token])).toEqual([
      ['GET', `${REPO}/pulls/7`, 200, 'write'],
      ['POST', `${REPO}/issues/7/comments`, 201, 'write']
    ])
    expect(fake.violations).toEqual([])
  })
})

describe('the description', () => {
  test('is loaded once per process, quickly enough', () => {
    expect(loadMs).toBeGreaterThan(0)
    expect(loadMs).toBeLessThan(5000)
    expect(getOpenApi()).toBe(getOpenApi())
  })

  test('response validation catches a response that drifts from the schema', () => {
    const api = getOpenApi()
    const op = api.operation('pulls/create-review')
    const sample = api.sample('pull-request-review') as Record<string, unknown>
    expect(api.validateResponse(op, 200, sample)?.ok).toBe(true)
    expect(api.validateResponse(op, 200, { ...sample, id: 'seven' })?.errors).toEqual([
      'response/id: must be integer'
    ])
    const missing = { ...sample }
    delete missing.node_id
    expect(api.validateResponse(op, 200, missing)?.errors).toEqual([
      'response: missing required property "node_id"'
    ])
    expect(api.validateResponse(op, 201, sample)).toBeNull()
  })

  test('routes: literal segments win over parameters; multi-segment paths are whole', () => {
    const api = getOpenApi()
    const comment = api.match('PATCH', '/repos/o/r/pulls/comments/12')
    expect(comment.kind === 'operation' && comment.operation.operationId).toBe('pulls/update-review-comment')
    const content = api.match('GET', '/repos/o/r/contents/infra/my%20dir/main.tf')
    expect(content.kind === 'operation' && content.pathParams.path).toBe('infra/my dir/main.tf')
    expect(api.match('GET', '/repos/o/r/pulls//files').kind).toBe('unknown')
  })
})
