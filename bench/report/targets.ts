import type { Figures, FormatFigures } from '../figures.js'
import type { CorpusFormat } from '../options.js'
import { LINEAR_TOLERANCE } from './slope.js'

/** One of the issue's targets, as measured on this machine. */
export interface Target {
  id: string
  what: string
  target: string
  measured: string
  /** Null when the run did not measure it (a section skipped, a single size). */
  met: boolean | null
  /** For a target not met: how far off, in the target's own terms. */
  gap?: string
}

type Measured = Omit<Figures, 'targets'>

const SCAN_TARGETS: Partial<Record<CorpusFormat, number>> = {
  terraform: 20,
  'cloudformation-yaml': 15,
  kubernetes: 15
}
const COLD_START_MS = 150
const PULL_REQUEST_MS = 1000

const fixed = (n: number, digits = 1) => n.toFixed(digits)

function scanTarget(figures: FormatFigures, minimum: number): Target {
  const what = `${figures.format} full scan (parse, every control, classify, render), one core`
  const target = `≥ ${minimum} MB/s at every size`
  const slowest = [...figures.scans].sort((a, b) => a.mbPerSecond - b.mbPerSecond)[0]
  if (slowest === undefined) return { id: `${figures.format}-scan`, what, target, measured: '—', met: null }
  const measured = figures.scans.map(s => `${fixed(s.mbPerSecond)} MB/s at ${s.sizeMb} MB`).join(', ')
  const met = slowest.mbPerSecond >= minimum
  const gap = `${fixed(minimum / slowest.mbPerSecond)}× too slow at ${slowest.sizeMb} MB (${fixed(slowest.mbPerSecond)} of ${minimum} MB/s)`
  return { id: `${figures.format}-scan`, what, target, measured, met, ...(met ? {} : { gap }) }
}

function coldStartTarget(
  id: string,
  what: string,
  above: number | undefined,
  median: number | undefined
): Target {
  const target = `≤ ${COLD_START_MS} ms above node -e 0`
  if (above === undefined || median === undefined) return { id, what, target, measured: '—', met: null }
  const met = above <= COLD_START_MS
  const measured = `${fixed(above, 0)} ms above (${fixed(median, 0)} ms in all)`
  return {
    id,
    what,
    target,
    measured,
    met,
    ...(met ? {} : { gap: `${fixed(above - COLD_START_MS, 0)} ms over` })
  }
}

/** The memory target is about the 10 and 50 MB scans; smaller corpora count only when nothing larger ran. */
const MEMORY_FROM_MB = 10

function memoryTarget(figures: FormatFigures): Target {
  const id = `${figures.format}-memory`
  const what = `${figures.format}: peak memory of demarc scan on the corpus`
  const finished = figures.cli.filter(c => !c.stopped)
  const large = finished.filter(c => c.sizeMb >= MEMORY_FROM_MB)
  const runs = large.length > 0 ? large : finished
  const target = `≤ 4 × input + 60 MB${large.length > 0 ? ` from ${MEMORY_FROM_MB} MB` : ''}`
  const worst = [...runs].sort((a, b) => b.maxRssMb / b.limitMb - a.maxRssMb / a.limitMb)[0]
  if (worst === undefined) return { id, what, target, measured: '—', met: null }
  const measured = runs
    .map(c => `${fixed(c.maxRssMb, 0)} of ${fixed(c.limitMb, 0)} MB at ${c.sizeMb} MB`)
    .join(', ')
  const met = runs.every(c => c.maxRssMb <= c.limitMb)
  const gap = `${fixed(worst.maxRssMb - worst.limitMb, 0)} MB over at ${worst.sizeMb} MB (${fixed(worst.maxRssMb / (worst.bytes / 1e6), 1)} × input)`
  return { id, what, target, measured, met, ...(met ? {} : { gap }) }
}

function linearTarget(figures: FormatFigures): Target {
  const id = `${figures.format}-linear`
  const what = `${figures.format}: scan time from the smallest to the largest corpus`
  const target = `linear (ms per MB rises ≤ ${LINEAR_TOLERANCE}× from one size to the next)`
  const slope = figures.slope
  if (slope === undefined) return { id, what, target, measured: '— (one size)', met: null }
  const times = slope.points
    .map(p => `${p.lowerBound === true ? '≥ ' : ''}${fixed(p.ms, 0)} ms at ${fixed(p.mb)} MB`)
    .join(', ')
  const measured = `${times}; ms/MB ${slope.perMb.map(p => fixed(p.msPerMb)).join(' → ')}; time ×${fixed(slope.timeRatio)} for size ×${fixed(slope.sizeRatio)}`
  const gap = `ms per MB rises ${fixed(slope.growth)}× between sizes${slope.points.some(p => p.lowerBound) ? ' (at least: a run was stopped)' : ''}`
  return { id, what, target, measured, met: slope.linear, ...(slope.linear === false ? { gap } : {}) }
}

function pullRequestTarget(figures: Measured): Target {
  const pr = figures.pullRequest
  const what = '50-file pull request end to end (action against the fake GitHub), less network and pacing'
  const target = `< ${PULL_REQUEST_MS} ms`
  if (pr === undefined) return { id: 'pull-request', what, target, measured: '—', met: null }
  const met = pr.ownMs < PULL_REQUEST_MS
  const measured = `${fixed(pr.ownMs, 0)} ms (wall ${fixed(pr.wallMs, 0)} ms, of which fake ${fixed(pr.serverMs, 0)} ms and pacing ${pr.pacingMs === null ? '?' : fixed(pr.pacingMs, 0)} ms; ${pr.calls.total} API calls)`
  return {
    id: 'pull-request',
    what,
    target,
    measured,
    met,
    ...(met ? {} : { gap: `${fixed(pr.ownMs - PULL_REQUEST_MS, 0)} ms over` })
  }
}

/** Every target of the issue against the figures, in the issue's order. */
export function evaluateTargets(figures: Measured): Target[] {
  const targets: Target[] = []
  for (const format of figures.formats) {
    const minimum = SCAN_TARGETS[format.format]
    if (minimum !== undefined) targets.push(scanTarget(format, minimum))
  }
  const cold = figures.coldStart
  targets.push(
    coldStartTarget(
      'cli-cold-start',
      'CLI cold start on an empty change',
      cold?.cli.aboveNodeMs,
      cold?.cli.medianMs
    )
  )
  targets.push(
    coldStartTarget(
      'action-cold-start',
      'action cold start on an empty push (less fake and pacing)',
      cold?.action.aboveNodeMs,
      cold?.action.medianMs
    )
  )
  for (const format of figures.formats) targets.push(memoryTarget(format))
  targets.push(pullRequestTarget(figures))
  for (const format of figures.formats) targets.push(linearTarget(format))
  return targets
}
