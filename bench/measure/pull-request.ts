import type { RecordedCall } from '../../__tests__/fake-github/fake-github.js'
import { startFakeGitHub } from '../../__tests__/fake-github/fake-github.js'
import { pullFiles, pullPayload } from '../../__tests__/action/harness.js'
import { createTempRepo, makeTempDir } from '../../__tests__/helpers/temp-repo.js'
import { recordRequests } from '../action/request-timeline.js'
import { runActionTimed, type ActionRunResult } from '../action/run-action.js'
import { usageProbe } from '../child/run-child.js'
import { pullRequestTrees } from '../corpus/pull-request.js'
import { corpusBytes } from '../memory-snapshot.js'
import { MB, median } from '../timing.js'

export interface PullRequestFigure {
  changedFiles: number
  repositoryFiles: number
  repositoryBytes: number
  runs: number
  /** Medians over the runs (see bench/action/split-wall-time.ts for the parts). */
  wallMs: number
  serverMs: number
  pacingMs: number | null
  /** Wall time less the fake's answering and the pacing of writes: Demarc's own time, start-up included. */
  ownMs: number
  /** CPU time of the action and the git processes it ran. */
  cpuMs: number
  maxRssMb: number
  calls: { total: number; reads: number; writes: number; byRoute: Record<string, number> }
  reviewComments: number
  annotations: number
  newFindings: number
}

interface Posted {
  comments: number
  annotations: number
}

const TOKEN = 'ghs_bench_write_token'
const NUMBER = 42

function route(call: RecordedCall): string {
  return `${call.method} ${call.path.replace(/\/\d+(?=\/|$)/g, '/{n}')}`
}

function countCalls(calls: readonly RecordedCall[]): PullRequestFigure['calls'] {
  const byRoute: Record<string, number> = {}
  for (const call of calls) byRoute[route(call)] = (byRoute[route(call)] ?? 0) + 1
  const reads = calls.filter(c => c.method === 'GET').length
  return { total: calls.length, reads, writes: calls.length - reads, byRoute }
}

/**
 * The action on a 50-file pull request against the fake GitHub server, as the end-to-end tests run it:
 * the checkout has both commits (fetch-depth 0), the token can write, the inputs are the defaults. Each run
 * gets a fresh fake, so that every run posts the same review rather than finding the last one's.
 */
export async function measurePullRequest(
  root: string,
  node: string,
  runs: number,
  nodeArgs: string[] = []
): Promise<PullRequestFigure> {
  const trees = pullRequestTrees()
  const repo = createTempRepo()
  for (const file of trees.base) repo.write(file.path, file.text)
  const base = repo.commitAll('base')
  for (const file of trees.head) if (trees.changed.includes(file.path)) repo.write(file.path, file.text)
  const head = repo.commitAll('head: 50 files changed')
  const files = pullFiles(repo.dir, base, head)
  if (files.length !== trees.changed.length)
    throw new Error(`the pull request changes ${files.length} files, not ${trees.changed.length}`)
  const results: (ActionRunResult & { cpuMs: number; maxRssMb: number; posted: Posted })[] = []
  for (let i = 0; i < runs; i++) {
    const fake = await startFakeGitHub({ token: TOKEN })
    try {
      fake.seedPullRequest({ number: NUMBER, baseSha: base, headSha: head, files })
      const probe = usageProbe(root, makeTempDir('demarc-bench-usage-'), 'pull-request')
      const run = await runActionTimed({
        root,
        node,
        fake,
        timeline: recordRequests(fake),
        workspace: repo.dir,
        event: 'pull_request',
        payload: pullPayload({ number: NUMBER, base, head, changedFiles: files.length }),
        sha: head,
        token: TOKEN,
        nodeArgs: [...probe.nodeArgs, ...nodeArgs],
        env: probe.env
      })
      if (run.status !== 0 && run.status !== 1)
        throw new Error(`the action exited ${run.status}: ${run.stderr.slice(0, 2000)}`)
      if (fake.violations.length > 0)
        throw new Error(`the fake GitHub saw violations: ${JSON.stringify(fake.violations.slice(0, 3))}`)
      const usage = probe.read()
      results.push({
        ...run,
        cpuMs: usage.userMs + usage.systemMs + (usage.childrenCpuMs ?? 0),
        maxRssMb: (usage.maxRssKb * 1024) / MB,
        posted: { comments: fake.reviewComments(NUMBER).length, annotations: annotationsOf(fake) }
      })
    } finally {
      await fake.close()
    }
  }
  const last = results[results.length - 1] as (typeof results)[number]
  const pacing = results.map(r => r.pacingMs)
  return {
    changedFiles: files.length,
    repositoryFiles: trees.base.length,
    repositoryBytes: corpusBytes(trees.head),
    runs,
    wallMs: median(results.map(r => r.wallMs)),
    serverMs: median(results.map(r => r.serverMs)),
    pacingMs: pacing.some(p => p === null) ? null : median(pacing as number[]),
    ownMs: median(results.map(r => r.ownMs)),
    cpuMs: median(results.map(r => r.cpuMs)),
    maxRssMb: median(results.map(r => r.maxRssMb)),
    calls: countCalls(last.calls),
    reviewComments: last.posted.comments,
    annotations: last.posted.annotations,
    newFindings: Number(last.outputs['new-findings'] ?? Number.NaN)
  }
}

function annotationsOf(fake: Awaited<ReturnType<typeof startFakeGitHub>>): number {
  return fake
    .checkRuns()
    .reduce((n, run) => n + fake.checkRunAnnotations(Number((run as { id: number }).id)).length, 0)
}
