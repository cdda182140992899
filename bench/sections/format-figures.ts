import { join } from 'node:path'
import type { SourceFile } from '../../src/formats/format.js'
import type { ScanConfig } from '../../src/scan.js'
import { corpusPrefix } from '../corpus/corpus.js'
import type { FormatFigures } from '../figures.js'
import { measureCliOnDisk, type CliContext } from '../measure/cli-on-disk.js'
import { measureWholeTree, type ScanFigure } from '../measure/full-scan.js'
import type { JsonLimit } from '../measure/json-limit.js'
import { measureParse } from '../measure/parse-formats.js'
import { profileRun, type ProfileFigure } from '../measure/profiles.js'
import { scanInChild } from '../measure/scan-in-child.js'
import { measureStages } from '../measure/scan-stages.js'
import type { CorpusFormat } from '../options.js'
import { fitSlope } from '../report/slope.js'
import { corpusBytes } from '../memory-snapshot.js'
import { MB, throughput } from '../timing.js'

export interface FormatRun {
  format: CorpusFormat
  /** The largest corpus; smaller sizes are its prefixes. */
  files: SourceFile[]
  sizes: number[]
  config: ScanConfig
  jsonParse: (JsonLimit & { sizeMb: number })[]
  /** Run the CLI on disk too (a child process per size). */
  cli: CliContext | undefined
  /** Where to keep a profile of the full scan at the middle size; undefined for none. */
  profileDir: string | undefined
  /** The most time one full-scan run may take before it is stopped. */
  budgetMs: number
  log: (message: string) => void
}

/** Fewer runs as corpora grow: the best of up to five at 1 MB, of two at 10 MB, one beyond (bench/timing.ts). */
export function runsFor(sizeMb: number): number {
  return sizeMb <= 1 ? 5 : sizeMb <= 10 ? 2 : 1
}

/**
 * The size the one-off figures (parsers, stages, whole tree, profile) are taken at, in this process: 10 MB,
 * or the nearest below, among the sizes whose full scan finished within the budget.
 */
export function middleSize(sizes: readonly number[]): number {
  const below = sizes.filter(s => s <= 10)
  return below.length > 0 ? Math.max(...below) : Math.min(...sizes)
}

function jsonRate(run: FormatRun, sizeMb: number): number {
  return run.jsonParse.find(j => j.sizeMb === sizeMb)?.mbPerSecond ?? Number.NaN
}

/** Every figure of one format: full scans at each size, then at the middle size the rest, then the CLI. */
export async function formatFigures(
  run: FormatRun
): Promise<{ figures: FormatFigures; profile?: ProfileFigure }> {
  const { format, config, log } = run
  const figures: FormatFigures = { format, scans: [], cli: [] }
  for (const sizeMb of run.sizes) {
    log(`${format}: full scan of ${sizeMb} MB (up to ${runsFor(sizeMb)} runs, in a child process)`)
    const runs = runsFor(sizeMb)
    const child = await scanInChild({ format, sizeMb, runs }, run.budgetMs * runs)
    const scan = child.figure ?? stoppedFigure(corpusPrefix(run.files, sizeMb), child.stoppedAfterMs)
    figures.scans.push({
      sizeMb,
      ...scan,
      stopped: child.figure === undefined,
      ratioToJsonParse: scan.mbPerSecond / jsonRate(run, sizeMb)
    })
  }
  figures.slope = fitSlope(figures.scans.map(s => ({ mb: s.bytes / MB, ms: s.ms, lowerBound: s.stopped })))
  const finished = figures.scans.filter(s => !s.stopped).map(s => s.sizeMb)
  const mid = middleSize(finished.length > 0 ? finished : run.sizes)
  const files = corpusPrefix(run.files, mid)
  log(`${format}: parsers, stages and whole tree at ${mid} MB`)
  const parse = await measureParse(files, runsFor(mid))
  figures.parse = { sizeMb: mid, ...parse, ratioToJsonParse: parse.parseMbPerSecond / jsonRate(run, mid) }
  // The staged run is the one profiled, when profiles are asked for: one long run fewer.
  const stagedRun = () => measureStages(files, config)
  const what = `one full scan of ${mid} MB, stage by stage, in process (bench bundle)`
  const profiled =
    run.profileDir === undefined
      ? undefined
      : await profileRun(`scan-${format}`, what, run.profileDir, stagedRun)
  const staged = profiled?.value ?? (await stagedRun())
  const profile = profiled?.profile
  const scanMs = figures.scans.find(s => s.sizeMb === mid)?.ms ?? Number.NaN
  figures.stages = { sizeMb: mid, ...staged, profiled: profiled !== undefined, scanMs }
  figures.wholeTree = { sizeMb: mid, ...(await measureWholeTree(files, config, runsFor(mid))) }
  if (run.cli !== undefined) {
    for (const sizeMb of run.sizes) {
      log(`${format}: demarc scan on ${sizeMb} MB on disk`)
      const cli = await measureCliOnDisk(`${format}-${sizeMb}MB`, corpusPrefix(run.files, sizeMb), run.cli)
      figures.cli.push({ sizeMb, ...cli })
    }
  }
  return { figures, ...(profile === undefined ? {} : { profile }) }
}

/** A scan stopped before its first run ended: its time so far is a lower bound, its throughput an upper one. */
function stoppedFigure(files: readonly SourceFile[], ms: number): ScanFigure {
  const bytes = corpusBytes(files)
  const render = { json: 0, markdown: 0, sarif: 0 }
  return {
    bytes,
    files: files.length,
    runs: 0,
    ms,
    mbPerSecond: throughput(bytes, ms),
    scanMs: ms,
    gcMs: Number.NaN,
    render,
    changes: 0,
    findings: 0,
    errors: 0
  }
}

export const corpusDir = (root: string) => join(root, 'build', 'bench-corpus')
