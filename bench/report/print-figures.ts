import type { Figures } from '../figures.js'
import { BUSY_PERCENT } from '../machine.js'
import { mbps, ms, percent, ratio, textTable } from './text-table.js'

// The figures as text tables, section by section, ending with the targets. Every figure here is also in
// the JSON file, with more digits.

function header(f: Figures): string {
  const m = f.machine
  const c = m.contention
  const taken =
    c === null
      ? 'what other processes took of the CPU is unknown (no /proc)'
      : `other processes took ${c.otherPercent.toFixed(1)}% of CPU ${c.cpus.join(',')} during the run, the hypervisor ${c.stealPercent.toFixed(1)}%`
  const busy = c !== null && c.otherPercent + c.stealPercent > BUSY_PERCENT
  return [
    `Demarc benchmark, ${f.date}: ${m.node} on ${m.cpuModel}, ${m.cores} cores, ${m.platform}`,
    `one core: ${m.pinning} (CPUs allowed: ${m.cpusAllowed ?? 'unknown'}); ${f.durationSeconds.toFixed(0)} s`,
    `${taken}${busy ? ': THE MACHINE WAS BUSY, the figures are noisy' : ''}`
  ].join('\n')
}

function scans(f: Figures): string {
  const sizes = [...new Set(f.formats.flatMap(x => x.scans.map(s => s.sizeMb)))]
  const rows = f.formats.map(x => [
    x.format,
    ...sizes.map(size => {
      const s = x.scans.find(y => y.sizeMb === size)
      if (s === undefined) return '—'
      if (s.stopped) return `< ${mbps(s.mbPerSecond)} (stopped after ${(s.ms / 1000).toFixed(0)} s)`
      return `${mbps(s.mbPerSecond)} (${ratio(s.ratioToJsonParse)})`
    })
  ])
  rows.push([
    'JSON.parse, same bytes',
    ...sizes.map(size => mbps(f.jsonParse.find(j => j.sizeMb === size)?.mbPerSecond ?? NaN))
  ])
  return `Full scan: MB/s (× JSON.parse of as much JSON)\n${textTable(['format', ...sizes.map(s => `${s} MB`)], rows)}`
}

function examples(f: Figures): string {
  if (f.examples.length === 0) return ''
  const rows = f.examples.map(e => [
    e.name,
    `${e.files}`,
    `${(e.bytes / 1e3).toFixed(0)} kB`,
    ms(e.ms),
    mbps(e.mbPerSecond),
    `${e.findings}`
  ])
  return `Bundled examples (in process)\n${textTable(['example', 'files', 'size', 'time', 'MB/s', 'findings'], rows)}`
}

function parse(f: Figures): string {
  const rows = f.formats.flatMap(x =>
    x.parse === undefined
      ? []
      : [
          [
            x.format,
            `${x.parse.sizeMb} MB`,
            mbps(x.parse.detectMbPerSecond),
            mbps(x.parse.parseMbPerSecond),
            ratio(x.parse.ratioToJsonParse),
            `${x.parse.resources}`
          ]
        ]
  )
  if (rows.length === 0) return ''
  return `Parsers alone: MB/s\n${textTable(['format', 'size', 'find parser', 'parse', '× JSON.parse', 'resources'], rows)}`
}

function stages(f: Figures): string {
  const rows = f.formats.flatMap(x => {
    const s = x.stages
    if (s === undefined) return []
    const t = s.stages
    const parts = [
      t.select,
      t.unitGraph,
      t.parse,
      t.evaluate,
      t.shifts,
      t.report,
      t.renderJson,
      t.renderMarkdown,
      t.renderSarif
    ]
    return [
      [x.format, `${s.sizeMb} MB`, ...parts.map(p => percent(p, s.totalMs)), ms(s.totalMs), ms(s.scanMs)]
    ]
  })
  if (rows.length === 0) return ''
  const head = [
    'format',
    'size',
    'select',
    'graph',
    'parse',
    'controls',
    'shifts',
    'report',
    'json',
    'markdown',
    'sarif',
    'sum',
    'scan()+render'
  ]
  const profiled = f.formats.some(x => x.stages?.profiled === true) ? ', under the profiler' : ''
  return `Where a full scan's time goes (one staged run${profiled}; scan()+render: the full-scan figure)\n${textTable(head, rows)}`
}

function wholeTree(f: Figures): string {
  const rows = f.formats.flatMap(x => {
    const w = x.wholeTree
    const full = x.scans.find(s => s.sizeMb === w?.sizeMb)
    return w === undefined
      ? []
      : [[x.format, `${w.sizeMb} MB`, mbps(w.mbPerSecond), full === undefined ? '—' : mbps(full.mbPerSecond)]]
  })
  if (rows.length === 0) return ''
  return `Whole tree (demarc scan <dir>, in process) against the full scan: MB/s\n${textTable(['format', 'size', 'whole tree', 'full scan'], rows)}`
}

function scaling(f: Figures): string {
  const rows = f.formats.flatMap(x => {
    const s = x.slope
    if (s === undefined) return []
    const times = s.points.map(p => `${p.lowerBound === true ? '≥' : ''}${ms(p.ms)}`).join(' / ')
    const linear = s.linear === null ? 'open' : s.linear ? 'yes' : 'NO'
    const gc = x.scans.map(scan => (scan.stopped ? '?' : percent(scan.gcMs, scan.ms))).join(' / ')
    return [
      [
        x.format,
        times,
        s.perMb.map(p => p.msPerMb.toFixed(0)).join(' → '),
        gc,
        `×${s.timeRatio.toFixed(1)} for ×${s.sizeRatio.toFixed(1)}`,
        Number.isNaN(s.msPerMb) ? '—' : s.msPerMb.toFixed(0),
        Number.isNaN(s.r2) ? '—' : s.r2.toFixed(3),
        `${s.growth.toFixed(2)}×`,
        linear
      ]
    ]
  })
  if (rows.length === 0) return ''
  const head = [
    'format',
    'time per size',
    'ms per MB',
    'GC share',
    'time vs size',
    'fit ms/MB',
    'R²',
    'worst rise',
    'linear'
  ]
  return `Scaling of the full scan (≥: stopped at the time budget, a lower bound)\n${textTable(head, rows)}`
}

function cli(f: Figures): string {
  const rows = f.formats.flatMap(x =>
    x.cli.map(c =>
      c.stopped
        ? [
            x.format,
            `${c.sizeMb} MB`,
            `≥${ms(c.wallMs)}`,
            `< ${mbps(c.mbPerSecond)}`,
            'stopped',
            c.limitMb.toFixed(0),
            '?'
          ]
        : [
            x.format,
            `${c.sizeMb} MB`,
            ms(c.wallMs),
            mbps(c.mbPerSecond),
            c.maxRssMb.toFixed(0),
            c.limitMb.toFixed(0),
            c.maxRssMb <= c.limitMb ? 'yes' : 'NO'
          ]
    )
  )
  if (rows.length === 0) return ''
  return `demarc scan <dir> on disk (own process: start-up, I/O, scan, JSON report)\n${textTable(['format', 'size', 'wall', 'MB/s', 'peak RSS MB', '4×input+60', 'within'], rows)}`
}

function coldStart(f: Figures): string {
  const c = f.coldStart
  if (c === undefined) return ''
  const pacing = (p: number | null) => (p === null ? '?' : ms(p))
  const rows = [
    ['node -e 0', ms(c.node.medianMs), '—', '', '', '', c.peakRssMb.node.toFixed(0)],
    [
      'demarc scan (CLI), empty change',
      ms(c.cli.medianMs),
      ms(c.cli.aboveNodeMs),
      '',
      '',
      '',
      c.peakRssMb.cli.toFixed(0)
    ],
    [
      'action, empty push, write token',
      ms(c.action.medianMs),
      ms(c.action.aboveNodeMs),
      ms(c.action.wallMs),
      ms(c.action.serverMs),
      pacing(c.action.pacingMs),
      ''
    ],
    [
      'action, empty push, read-only token',
      ms(c.actionReadOnly.medianMs),
      ms(c.actionReadOnly.aboveNodeMs),
      ms(c.actionReadOnly.wallMs),
      ms(c.actionReadOnly.serverMs),
      pacing(c.actionReadOnly.pacingMs),
      ''
    ]
  ]
  return `Cold start (median of ${c.runs}; the action's time is its wall time less the fake's answers and the pacing)\n${textTable(['run', 'time', 'above node', 'wall', 'fake', 'pacing', 'peak RSS MB'], rows)}`
}

function pullRequest(f: Figures): string {
  const p = f.pullRequest
  if (p === undefined) return ''
  const lines = [
    `50-file pull request, action against the fake GitHub (median of ${p.runs}; repository of ${p.repositoryFiles} files, ${(p.repositoryBytes / 1e6).toFixed(1)} MB)`,
    `  Demarc's own time ${ms(p.ownMs)} = wall ${ms(p.wallMs)} − fake answering ${ms(p.serverMs)} − pacing of writes ${p.pacingMs === null ? '?' : ms(p.pacingMs)}`,
    `  CPU (action and git) ${ms(p.cpuMs)}, peak RSS ${p.maxRssMb.toFixed(0)} MB; ${p.newFindings} new findings, ${p.reviewComments} review comments, ${p.annotations} annotations`,
    `  API calls: ${p.calls.total} (${p.calls.reads} reads, ${p.calls.writes} writes): ${Object.entries(
      p.calls.byRoute
    )
      .map(([r, n]) => `${n} × ${r}`)
      .join(', ')}`
  ]
  return lines.join('\n')
}

function profiles(f: Figures): string {
  return f.profiles
    .map(p => {
      const busy = p.summary.totalMs - p.summary.idleMs
      const functions = p.summary.functions
        .slice(0, 12)
        .map(s => [s.name, ms(s.selfMs), `${s.percent.toFixed(1)}%`])
      const modules = p.summary.modules
        .slice(0, 8)
        .map(s => [s.name, ms(s.selfMs), `${s.percent.toFixed(1)}%`])
      return [
        `Profile ${p.name}: ${p.what}; ${ms(busy)} busy (${ms(p.summary.idleMs)} idle left out); ${p.file}`,
        textTable(['self time by function', 'self', 'share'], functions),
        textTable(['self time by module', 'self', 'share'], modules)
      ].join('\n')
    })
    .join('\n\n')
}

function targets(f: Figures): string {
  const rows = f.targets.map(t => [
    t.what,
    t.target,
    t.met === null ? 'not measured' : t.met ? 'met' : `NOT MET: ${t.gap ?? ''}`
  ])
  const measured = f.targets.map(t => `  ${t.id}: ${t.measured}`)
  return `Targets\n${textTable(['target', 'wanted', 'result'], rows)}\nMeasured:\n${measured.join('\n')}`
}

/** The whole report as text. */
export function printFigures(f: Figures): string {
  const sections = [
    header(f),
    scans(f),
    examples(f),
    parse(f),
    stages(f),
    wholeTree(f),
    scaling(f),
    cli(f),
    coldStart(f),
    pullRequest(f),
    profiles(f),
    targets(f)
  ]
  return `${sections.filter(s => s !== '').join('\n\n')}\n`
}
