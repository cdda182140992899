import type { SourceFile } from '../../src/formats/format.js'
import { PARSERS } from '../../src/formats/index.js'
import { applyMoves } from '../../src/diff/apply-moves.js'
import { evaluate, REPORTED_KINDS } from '../../src/engine/index.js'
import { detectShifts } from '../../src/matrix/index.js'
import { pathFilter } from '../../src/path-glob.js'
import { cachedSnapshot } from '../../src/pipeline/cached-snapshot.js'
import { parseSide } from '../../src/pipeline/parse-side.js'
import { buildUnitGraph, callersOf, isLinkingUnit } from '../../src/pipeline/unit-graph.js'
import { buildReport } from '../../src/report/build-report.js'
import type { ScanConfig } from '../../src/scan.js'
import { unitsOfChanges } from '../../src/select-files.js'
import { unknownRuleIds } from '../../src/suppress/index.js'
import { memorySnapshot } from '../memory-snapshot.js'
import { renderAll } from '../render-all.js'
import { addedFiles } from '../scan-target.js'
import { collect, now } from '../timing.js'

/** Milliseconds per stage of one full scan, in pipeline order. */
export interface StageTimes {
  /** Which units the changed files belong to: every changed file's parser found (by name, else by content). */
  select: number
  /** Who calls whom among Terraform directories, at base and head. */
  unitGraph: number
  /** Read, choose each file's parser again, parse (spans, evaluation of expressions, module calls). */
  parse: number
  /** Every bundled control on every resource. */
  evaluate: number
  /** Responsibility shifts between base and head. */
  shifts: number
  /** Diff, classification of each change against the matrix, findings, rows, gate. */
  report: number
  renderJson: number
  renderMarkdown: number
  renderSarif: number
}

export interface StageFigure {
  stages: StageTimes
  totalMs: number
  resources: number
}

/**
 * One full scan taken apart: the steps of scan()'s change path (src/scan.ts) called one by one with the
 * same arguments, so that each gets its own clock. It follows scan() step for step; if scan() changes,
 * this has to follow, and the sum is printed next to scan()'s own time to show that it still does.
 */
export async function measureStages(files: readonly SourceFile[], config: ScanConfig): Promise<StageFigure> {
  const wanted = pathFilter(config.include, config.exclude)
  const base = cachedSnapshot(memorySnapshot([], 'empty base'))
  const head = cachedSnapshot(memorySnapshot(files))
  const changed = addedFiles(files)
  collect()
  const clock = stopwatch()
  const scope = await unitsOfChanges(changed, head, base, PARSERS, wanted)
  const select = clock()
  // As scan() does: a graph only when a changed unit can call others (a Terraform directory).
  const linking = [...scope.targets].some(id => isLinkingUnit(id, PARSERS))
  const [baseGraph, headGraph] = linking
    ? await Promise.all([buildUnitGraph(base, PARSERS, wanted), buildUnitGraph(head, PARSERS, wanted)])
    : [undefined, undefined]
  const changedUnits = [...scope.targets]
  for (const graph of [baseGraph, headGraph])
    if (graph !== undefined) for (const id of callersOf(graph, changedUnits)) scope.targets.add(id)
  const unitGraph = clock()
  const [baseParsed, headParsed] = await Promise.all([
    parseSide(base, PARSERS, scope.targets, wanted, baseGraph),
    parseSide(head, PARSERS, scope.targets, wanted, headGraph)
  ])
  const parse = clock()
  const baseResources = applyMoves(baseParsed.resources, headParsed.moved)
  const baseSide = {
    resources: baseResources,
    outcomes: evaluate(config.rules, baseResources, REPORTED_KINDS)
  }
  const headSide = {
    resources: headParsed.resources,
    outcomes: evaluate(config.rules, headParsed.resources, REPORTED_KINDS)
  }
  const evaluated = clock()
  const shifts = detectShifts(config.matrix, baseSide.resources, headSide.resources)
  const shifted = clock()
  const report = buildReport({
    mode: 'changes',
    revisions: { base: '0'.repeat(40), head: 'b'.repeat(40) },
    base: baseSide,
    head: headSide,
    shifts,
    errors: [...scope.errors, ...headParsed.errors, ...unknownRuleIds(headParsed.suppressions, config.rules)],
    skipped: [...scope.skipped, ...headParsed.skipped],
    matrix: config.matrix,
    gate: config.gate,
    suppressions: headParsed.suppressions
  })
  const reported = clock()
  const { ms } = renderAll(report)
  const stages = {
    select,
    unitGraph,
    parse,
    evaluate: evaluated,
    shifts: shifted,
    report: reported,
    renderJson: ms.json,
    renderMarkdown: ms.markdown,
    renderSarif: ms.sarif
  }
  const totalMs = Object.values(stages).reduce((a, b) => a + b, 0)
  return { stages, totalMs, resources: headParsed.resources.length }
}

/** Each call returns the milliseconds since the previous one. */
function stopwatch(): () => number {
  let last = now()
  return () => {
    const t = now()
    const ms = t - last
    last = t
    return ms
  }
}
