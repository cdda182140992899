import { rmSync } from 'node:fs'
import { join } from 'node:path'
import type { SourceFile } from '../../src/formats/format.js'
import { runChild, usageProbe } from '../child/run-child.js'
import { writeTree } from '../corpus/write-tree.js'
import { corpusBytes } from '../memory-snapshot.js'
import { MB, throughput } from '../timing.js'

export interface CliFigure {
  bytes: number
  files: number
  /** `node dist/cli/index.js scan <dir>` from spawn to exit: start-up, reading the files, scan, JSON report. */
  wallMs: number
  mbPerSecond: number
  cpuMs: number
  /** Peak resident memory of the CLI process. */
  maxRssMb: number
  /** The memory target for this input: 4 × input + 60 MB. */
  limitMb: number
  status: number | null
  /** Stopped at the time budget: wall time is then a lower bound, and memory and CPU unknown (NaN). */
  stopped: boolean
}

export interface CliContext {
  root: string
  node: string
  /** Where corpora are written (build/bench-corpus), each emptied first. */
  workDir: string
  keep: boolean
  /** The most a run may take before it is stopped. */
  budgetMs: number
}

/**
 * The real CLI on files on disk, in its own process: a whole-tree scan with the JSON report written to a
 * file. This run includes I/O and start-up; its peak memory is the figure the memory target is about.
 */
export async function measureCliOnDisk(
  name: string,
  files: readonly SourceFile[],
  context: CliContext
): Promise<CliFigure> {
  const dir = join(context.workDir, name)
  writeTree(dir, files)
  const probe = usageProbe(context.root, context.workDir, name)
  const report = join(context.workDir, `${name}.report.json`)
  const cli = join(context.root, 'dist', 'cli', 'index.js')
  const run = await runChild(
    context.node,
    [
      ...probe.nodeArgs,
      cli,
      'scan',
      '--repo',
      dir,
      '--format',
      'json',
      '--output',
      report,
      '--fail-on',
      'never'
    ],
    { cwd: context.workDir, env: { ...process.env, ...probe.env }, timeoutMs: context.budgetMs }
  )
  const stopped = run.signal === 'SIGKILL'
  if (run.status !== 0 && !stopped)
    throw new Error(`demarc scan on ${name} exited ${run.status}: ${run.stderr.slice(0, 2000)}`)
  const usage = stopped ? { userMs: NaN, systemMs: NaN, maxRssKb: NaN } : probe.read()
  if (!context.keep) rmSync(dir, { recursive: true, force: true })
  rmSync(report, { force: true })
  const bytes = corpusBytes(files)
  return {
    bytes,
    files: files.length,
    wallMs: run.wallMs,
    mbPerSecond: throughput(bytes, run.wallMs),
    cpuMs: usage.userMs + usage.systemMs,
    maxRssMb: (usage.maxRssKb * 1024) / MB,
    limitMb: (4 * bytes) / MB + 60,
    status: run.status,
    stopped
  }
}
