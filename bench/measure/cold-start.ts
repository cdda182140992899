import { join } from 'node:path'
import { startFakeGitHub } from '../../__tests__/fake-github/fake-github.js'
import { recordRequests } from '../action/request-timeline.js'
import { runActionTimed, type ActionRunResult } from '../action/run-action.js'
import { runChild, usageProbe } from '../child/run-child.js'
import { emptyChangeRepo } from '../corpus/empty-change.js'
import { MB, median } from '../timing.js'
import { makeTempDir } from '../../__tests__/helpers/temp-repo.js'

export interface StartFigure {
  /** Median over the runs. */
  medianMs: number
  /** The median less the median of `node -e 0`. */
  aboveNodeMs: number
  runsMs: number[]
}

export interface ActionStartFigure extends StartFigure {
  /** Medians of the parts of the wall time (see bench/action/split-wall-time.ts). */
  wallMs: number
  serverMs: number
  pacingMs: number | null
  calls: number
}

export interface ColdStart {
  runs: number
  node: StartFigure
  cli: StartFigure
  /** Write token: the check run is created, then completed; the pacing holds the second write. */
  action: ActionStartFigure
  /** Read-only token: one request (the check run, refused), nothing paced: the same start-up, measured plainly. */
  actionReadOnly: ActionStartFigure
  /** Peak resident memory of `node -e 0` and of the CLI on the empty change: the fixed part of every run's memory. */
  peakRssMb: { node: number; cli: number }
}

const WRITE_TOKEN = 'ghs_bench_write_token'
const READ_ONLY_TOKEN = 'ghs_bench_read_only_token'

function figure(values: number[], baseline: number): StartFigure {
  const medianMs = median(values)
  return { medianMs, aboveNodeMs: medianMs - baseline, runsMs: values }
}

function actionFigure(runs: ActionRunResult[], baseline: number): ActionStartFigure {
  const pacing = runs.map(r => r.pacingMs)
  return {
    ...figure(
      runs.map(r => r.ownMs),
      baseline
    ),
    wallMs: median(runs.map(r => r.wallMs)),
    serverMs: median(runs.map(r => r.serverMs)),
    pacingMs: pacing.some(p => p === null) ? null : median(pacing as number[]),
    calls: median(runs.map(r => r.calls.length))
  }
}

/** One more run with the usage probe (not among the timed ones: the probe is a module more to load). */
async function peakRss(root: string, node: string, args: string[], cwd: string): Promise<number> {
  const probe = usageProbe(root, makeTempDir('demarc-bench-usage-'), 'start')
  const run = await runChild(node, [...probe.nodeArgs, ...args], {
    cwd,
    env: { ...process.env, ...probe.env }
  })
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr}`)
  return (probe.read().maxRssKb * 1024) / MB
}

/**
 * Start-up on an empty change — a repository whose two commits have the same tree — against `node -e 0`:
 * the CLI (`demarc scan --base A --head B`) and the action (a push whose before and after are those
 * commits, against the fake GitHub server). Runs are interleaved so that a slow moment of the machine
 * falls on all three alike; the median is kept.
 */
export async function measureColdStart(root: string, node: string, runs: number): Promise<ColdStart> {
  const { repo, base, head } = emptyChangeRepo()
  const fake = await startFakeGitHub({ token: WRITE_TOKEN, readOnlyTokens: [READ_ONLY_TOKEN] })
  fake.seedCommit(base)
  fake.seedCommit(head, 'main')
  const timeline = recordRequests(fake)
  const action = (token: string) =>
    runActionTimed({
      root,
      node,
      fake,
      timeline,
      workspace: repo.dir,
      event: 'push',
      payload: { before: base, after: head, ref: 'refs/heads/main', repository: { full_name: 'owner/repo' } },
      sha: head,
      token
    })
  const cliArgs = [
    join(root, 'dist', 'cli', 'index.js'),
    'scan',
    '--repo',
    repo.dir,
    '--base',
    base,
    '--head',
    head
  ]
  const times = { node: [] as number[], cli: [] as number[] }
  const actions = { write: [] as ActionRunResult[], readOnly: [] as ActionRunResult[] }
  try {
    for (let i = 0; i < runs; i++) {
      times.node.push((await runChild(node, ['-e', '0'])).wallMs)
      const cli = await runChild(node, cliArgs, { cwd: repo.dir })
      if (cli.status !== 0) throw new Error(`the CLI on an empty change exited ${cli.status}: ${cli.stderr}`)
      times.cli.push(cli.wallMs)
      for (const [token, list] of [
        [WRITE_TOKEN, actions.write],
        [READ_ONLY_TOKEN, actions.readOnly]
      ] as const) {
        const run = await action(token)
        if (run.status !== 0)
          throw new Error(`the action on an empty push exited ${run.status}: ${run.stderr}`)
        list.push(run)
      }
    }
  } finally {
    await fake.close()
  }
  const baseline = median(times.node)
  const peakRssMb = {
    node: await peakRss(root, node, ['-e', '0'], repo.dir),
    cli: await peakRss(root, node, cliArgs, repo.dir)
  }
  return {
    runs,
    peakRssMb,
    node: figure(times.node, 0),
    cli: figure(times.cli, baseline),
    action: actionFigure(actions.write, baseline),
    actionReadOnly: actionFigure(actions.readOnly, baseline)
  }
}
