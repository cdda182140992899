import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import type { Report } from '../../src/model.js'
import { DEMO_COMMENT_PLACES, createDemoRepo } from '../bundle/demo-repo.js'
import { startFakeGitHub, type FakeGitHub } from '../fake-github/fake-github.js'
import { isolateGitConfig, makeTempDir, removeTempDirs, type TempRepo } from '../helpers/temp-repo.js'
import {
  pullFiles,
  pullPayload,
  routes,
  runAction,
  seedCommitFiles,
  WRITE_TOKEN,
  type ActionResult
} from './harness.js'

// A repository too large for one job: a matrix of shard jobs (`mode: shard`, each with its `paths`) scans
// the demo pull request and uploads its report; one merge job (`merge-reports`), without a checkout, downloads
// them and publishes one check run and one review — the same as one job reviewing the whole pull request.
let restore: () => void
let demo: { repo: TempRepo; base: string; head: string }
/** The unsharded review of the demo pull request, on its own fake GitHub. */
let whole: {
  run: ActionResult
  report: string
  sarif: string
  check: Record<string, unknown>
  annotations: Record<string, unknown>[]
  comments: string[]
}
/** The shards' jobs, and the workspace of the merge job holding their downloaded reports. */
let shards: ActionResult[]
let artifacts: string
let fake: FakeGitHub

const PR = 7
const MERGE_SHA = 'f'.repeat(40)
const FILES = { 'report-file': 'demarc.json', 'sarif-file': 'out/demarc.sarif' }
/** Overlapping on purpose: app/ is in the first two shards. */
const SHARDS = ['infra/**\napp/**', 'app/**, deploy/**', 'templates/**']

function seedPull(target: FakeGitHub): void {
  target.seedPullRequest({
    number: PR,
    baseSha: demo.base,
    headSha: demo.head,
    mergeSha: MERGE_SHA,
    files: pullFiles(demo.repo.dir, demo.base, demo.head)
  })
}

function pullRequestRun(target: FakeGitHub, workspace: string, inputs: Record<string, string>) {
  return runAction({
    fake: target,
    workspace,
    event: 'pull_request',
    payload: pullPayload({ number: PR, base: demo.base, head: demo.head }),
    sha: MERGE_SHA,
    inputs
  })
}

const describeComment = (c: Record<string, unknown>) =>
  `${String(c.path)}:${String(c.line)} ${String(c.body)}`

beforeAll(async () => {
  restore = isolateGitConfig()
  demo = createDemoRepo()
  const one = await startFakeGitHub({ token: WRITE_TOKEN })
  try {
    seedPull(one)
    const run = await pullRequestRun(one, demo.repo.dir, FILES)
    const [check] = one.checkRuns()
    whole = {
      run,
      report: readFileSync(join(demo.repo.dir, 'demarc.json'), 'utf8'),
      sarif: readFileSync(join(demo.repo.dir, 'out', 'demarc.sarif'), 'utf8'),
      check: check as Record<string, unknown>,
      annotations: one.checkRunAnnotations(check?.id as number),
      comments: one.reviewComments(PR).map(describeComment).sort()
    }
    expect(one.violations).toEqual([])
    // The shard jobs: each a full checkout (the same one here), each writing its report.
    const shardFake = await startFakeGitHub({ token: WRITE_TOKEN })
    try {
      seedPull(shardFake)
      shards = []
      for (const [i, paths] of SHARDS.entries())
        shards.push(
          await pullRequestRun(shardFake, demo.repo.dir, {
            mode: 'shard',
            paths,
            'report-file': `shards/${i + 1}/report.json`
          })
        )
      expect(shardFake.checkRuns()).toEqual([])
      expect(shardFake.reviews(PR)).toEqual([])
      expect(shardFake.violations).toEqual([])
    } finally {
      await shardFake.close()
    }
    // actions/download-artifact into the merge job's empty workspace.
    artifacts = makeTempDir('demarc-merge-workspace-')
    cpSync(join(demo.repo.dir, 'shards'), join(artifacts, 'shards'), { recursive: true })
  } finally {
    await one.close()
  }
}, 300_000)

beforeEach(async () => {
  fake = await startFakeGitHub({ token: WRITE_TOKEN })
  seedPull(fake)
  seedCommitFiles(fake, demo.repo.dir, demo.base) // the configuration is read from the base, through the API
})

afterEach(async () => {
  expect(fake.violations).toEqual([])
  expect(fake.responseProblems).toEqual([])
  await fake.close()
})

afterAll(() => {
  removeTempDirs()
  restore()
})

/** A workspace like the merge job's: the downloaded reports, nothing else. */
function mergeWorkspace(): string {
  const workspace = makeTempDir('demarc-merge-workspace-')
  cpSync(artifacts, workspace, { recursive: true })
  return workspace
}

function merge(workspace: string, inputs: Record<string, string> = {}) {
  return pullRequestRun(fake, workspace, { 'merge-reports': 'shards/**/*.json', ...FILES, ...inputs })
}

function expectNothingWritten(run: ActionResult): void {
  expect(run.calls.filter(c => c.method !== 'GET')).toEqual([])
  expect(fake.checkRuns()).toEqual([])
  expect(fake.reviews(PR)).toEqual([])
  expect(run.outputs).toEqual({})
}

const errorLine = (run: ActionResult) => run.stdout.split('\n').find(l => l.startsWith('::error::')) ?? ''

describe('mode: shard', () => {
  test('scans its paths, writes its report and outputs, posts nothing and passes the step', () => {
    for (const [i, shard] of shards.entries()) {
      expect(shard.status).toBe(0)
      expect(shard.calls).toEqual([]) // a full checkout: nothing to read through the API, nothing to post
      expect(shard.summary).toBe('')
      expect(shard.stdout).not.toMatch(/^::(error|warning|notice)/m)
      expect(shard.outputs['report-file']).toBe(`shards/${i + 1}/report.json`)
    }
    const infra = JSON.parse(readFileSync(join(artifacts, 'shards', '1', 'report.json'), 'utf8')) as Report
    expect(new Set(infra.findings.map(f => f.file.split('/')[0]))).toEqual(new Set(['infra', 'app']))
    expect(infra.gate.conclusion).toBe('failure')
    expect(shards[0]?.outputs.conclusion).toBe('failure')
    expect(shards[0]?.stdout).toContain('Demarc: failure')
    const templates = JSON.parse(
      readFileSync(join(artifacts, 'shards', '3', 'report.json'), 'utf8')
    ) as Report
    expect(templates.findings.every(f => f.file.startsWith('templates/'))).toBe(true)
  })
})

describe('merge-reports', () => {
  test('publishes one check run and one review, equal to the unsharded run', async () => {
    const workspace = mergeWorkspace()
    const run = await merge(workspace)
    expect(run.status).toBe(1)
    expect(run.stdout).toContain(
      'Merged 3 reports (shards/1/report.json, shards/2/report.json, shards/3/report.json)'
    )
    expect(run.outputs).toEqual(whole.run.outputs)
    expect(readFileSync(join(workspace, 'demarc.json'), 'utf8')).toBe(whole.report)
    expect(readFileSync(join(workspace, 'out', 'demarc.sarif'), 'utf8')).toBe(whole.sarif)
    expect(run.summary).toBe(whole.run.summary)
    const checks = fake.checkRuns()
    expect(checks).toHaveLength(1)
    const check = checks[0] as Record<string, unknown>
    for (const key of ['name', 'head_sha', 'status', 'conclusion'])
      expect([key, check[key]]).toEqual([key, whole.check[key]])
    const output = (c: Record<string, unknown>) => {
      const { title, summary, text } = c.output as Record<string, unknown>
      return { title, summary, text }
    }
    expect(output(check)).toEqual(output(whole.check))
    expect(check).toMatchObject({ head_sha: demo.head, conclusion: 'failure' })
    expect(fake.checkRunAnnotations(check.id as number)).toEqual(whole.annotations)
    expect(fake.reviews(PR)).toHaveLength(1)
    expect(fake.reviewComments(PR).map(describeComment).sort()).toEqual(whole.comments)
    expect(
      fake
        .reviewComments(PR)
        .map(c => `${String(c.path)}:${String(c.line)}`)
        .sort()
    ).toEqual(DEMO_COMMENT_PLACES)
    expect(routes(run.calls.filter(c => c.method !== 'GET'))).toEqual([
      'POST /repos/owner/repo/check-runs',
      `POST /repos/owner/repo/pulls/${PR}/reviews`,
      `PATCH /repos/owner/repo/check-runs/${String(check.id)}`
    ])
  }, 120_000)

  test('with a full checkout, the lines to comment on come from its git objects, not the API', async () => {
    const run = await merge(demo.repo.dir, { 'report-file': 'merged.json', 'sarif-file': '' })
    expect(run.status).toBe(1)
    expect(routes(run.calls)).not.toContain(`GET /repos/owner/repo/pulls/${PR}/files`)
    expect(run.stdout).toContain("from the checkout's git objects")
    expect(fake.reviewComments(PR).map(describeComment).sort()).toEqual(whole.comments)
  }, 120_000)

  test("the gate is this run's: fail-on never passes the step, and the check run is neutral", async () => {
    const run = await merge(mergeWorkspace(), { 'fail-on': 'never' })
    expect(run.status).toBe(0)
    expect(run.outputs.conclusion).toBe('neutral')
    expect(fake.checkRuns()[0]).toMatchObject({ conclusion: 'neutral' })
  }, 120_000)

  test('a list of files works as well as a glob; comments off posts no review', async () => {
    const run = await merge(mergeWorkspace(), {
      'merge-reports': 'shards/1/report.json\nshards/2/report.json, shards/3/report.json',
      comments: 'off'
    })
    expect(run.outputs['new-findings']).toBe('12')
    expect(fake.reviews(PR)).toEqual([])
    expect(routes(run.calls)).not.toContain(`GET /repos/owner/repo/pulls/${PR}/files`)
  }, 120_000)

  test('a shard missing from the list leaves its findings out: the list is the whole of what is published', async () => {
    const run = await merge(mergeWorkspace(), { 'merge-reports': 'shards/1/report.json' })
    expect(run.outputs['new-findings']).not.toBe(whole.run.outputs['new-findings'])
  }, 120_000)
})

describe('refusals, before anything is posted', () => {
  test('a report about another commit', async () => {
    const workspace = mergeWorkspace()
    const file = join(workspace, 'shards', '2', 'report.json')
    const report = JSON.parse(readFileSync(file, 'utf8')) as Report
    const other = 'a'.repeat(40)
    writeFileSync(file, JSON.stringify({ ...report, scope: { ...report.scope, head: other } }))
    const run = await merge(workspace)
    expect(run.status).toBe(1)
    expect(errorLine(run)).toContain(
      `cannot merge the reports: shards/1/report.json covers the changes from ${demo.base} to ${demo.head}, but shards/2/report.json covers the changes from ${demo.base} to ${other}`
    )
    expectNothingWritten(run)
  }, 120_000)

  test('reports that agree with each other but not with this run', async () => {
    const workspace = mergeWorkspace()
    // A folder means every file below it, as in `paths`.
    const run = await runAction({
      fake,
      workspace,
      event: 'pull_request',
      payload: pullPayload({ number: PR, base: demo.base, head: demo.base }),
      sha: MERGE_SHA,
      inputs: { 'merge-reports': 'shards' }
    })
    expect(run.status).toBe(1)
    expect(errorLine(run)).toContain(
      `Demarc refuses to publish: the shards' reports are about ${demo.head}, but this run is for ${demo.base}`
    )
    expectNothingWritten(run)
  }, 120_000)

  test('a report that is not one, naming the file and the field', async () => {
    const workspace = mergeWorkspace()
    mkdirSync(join(workspace, 'shards', '4'))
    writeFileSync(join(workspace, 'shards', '4', 'report.json'), '{"schemaVersion": 1}')
    const run = await merge(workspace)
    expect(errorLine(run)).toContain('shards/4/report.json is not a valid Demarc report:%0A  tool: missing')
    expectNothingWritten(run)
  }, 120_000)

  test('a glob that matches nothing: the artifacts did not arrive', async () => {
    const run = await merge(mergeWorkspace(), { 'merge-reports': 'downloaded/*.json' })
    expect(errorLine(run)).toContain(
      "Input 'merge-reports': 'downloaded/*.json' matches no file in the workspace; were the shards' reports downloaded there?"
    )
    expect(run.calls).toEqual([])
  }, 120_000)

  const combinations: [string, Record<string, string>, string][] = [
    [
      'a shard without report-file',
      { mode: 'shard', paths: 'infra/**' },
      "Input 'mode' is 'shard', which publishes nothing but the report: set 'report-file'"
    ],
    [
      'a shard that merges',
      { mode: 'shard', 'report-file': 'r.json', 'merge-reports': 'shards/**/*.json' },
      "Input 'merge-reports' does not apply with 'mode: shard'"
    ],
    [
      'merge-reports with paths',
      { 'merge-reports': 'shards/**/*.json', paths: 'infra/**' },
      "Input 'paths' does not apply with 'merge-reports': the shards scanned, each with its own 'paths'"
    ],
    [
      'merge-reports with terraform-plan',
      { 'merge-reports': 'shards/**/*.json', 'terraform-plan': 'plan.json' },
      "Input 'terraform-plan' does not apply with 'merge-reports'"
    ],
    [
      'merge-reports with from-report',
      { 'merge-reports': 'shards', 'from-report': 'shards/1/report.json' },
      "Inputs 'from-report' and 'merge-reports' do not go together"
    ],
    [
      'a shard with from-report',
      { mode: 'shard', 'report-file': 'r.json', 'from-report': 'shards/1/report.json' },
      "Input 'mode' cannot be 'shard' with 'from-report'"
    ],
    [
      'a glob that leaves the workspace',
      { 'merge-reports': '../**/*.json' },
      "Input 'merge-reports' must name a file inside the workspace"
    ]
  ]
  test.each(combinations)(
    '%s',
    async (_name, inputs, message) => {
      const run = await pullRequestRun(fake, mergeWorkspace(), inputs)
      expect(run.status).toBe(1)
      expect(errorLine(run)).toContain(message)
      expect(run.calls).toEqual([])
    },
    120_000
  )
})
