import type { SourceFile } from '../../src/formats/format.js'
import type { Report } from '../../src/model.js'
import { scan, type ScanConfig, type ScanTarget } from '../../src/scan.js'
import { corpusBytes } from '../memory-snapshot.js'
import { renderAll, type RenderTimes } from '../render-all.js'
import { gcClock } from '../gc-clock.js'
import { additionTarget, wholeTreeTarget } from '../scan-target.js'
import { collect, now, REPEAT_WITHIN_MS, throughput } from '../timing.js'

export interface ScanFigure {
  bytes: number
  files: number
  runs: number
  /** The fastest run: scan() and the three renderings. */
  ms: number
  mbPerSecond: number
  scanMs: number
  /** Of `ms`, the time spent collecting garbage. */
  gcMs: number
  render: RenderTimes
  /** Changes the report lists: one per added resource in the full scan, none in a whole-tree scan. */
  changes: number
  findings: number
  errors: number
}

interface Run {
  ms: number
  scanMs: number
  gcMs: number
  render: RenderTimes
  report: Report
}

async function once(target: () => ScanTarget, config: ScanConfig): Promise<Run> {
  collect()
  const gc = gcClock()
  const start = now()
  const report = await scan(target(), config)
  const scanMs = now() - start
  const { ms: render } = renderAll(report)
  const ms = now() - start
  return { ms, scanMs, gcMs: await gc(), render, report }
}

async function best(
  target: () => ScanTarget,
  config: ScanConfig,
  files: readonly SourceFile[],
  runs: number
): Promise<ScanFigure> {
  let fastest: Run | undefined
  let spent = 0
  let done = 0
  while (done < runs && (done === 0 || spent < REPEAT_WITHIN_MS)) {
    const run = await once(target, config)
    if (fastest === undefined || run.ms < fastest.ms) fastest = run
    spent += run.ms
    done++
  }
  const { ms, scanMs, gcMs, render, report } = fastest as Run
  const bytes = corpusBytes(files)
  return {
    bytes,
    files: files.length,
    runs: done,
    ms,
    mbPerSecond: throughput(bytes, ms),
    scanMs,
    gcMs,
    render,
    changes: report.changes.length,
    findings: report.findings.length,
    errors: report.errors.length
  }
}

/** A pull request adding the corpus (empty base): parse, every control, diff, classify, report, render. */
export function measureFullScan(
  files: readonly SourceFile[],
  config: ScanConfig,
  runs: number
): Promise<ScanFigure> {
  return best(() => additionTarget(files), config, files, runs)
}

/** `demarc scan <dir>` in memory: the same without the diff (every finding is existing). */
export function measureWholeTree(
  files: readonly SourceFile[],
  config: ScanConfig,
  runs: number
): Promise<ScanFigure> {
  return best(() => wholeTreeTarget(files), config, files, runs)
}
