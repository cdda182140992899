import type { Outcome, RuleSet } from './engine/index.js'
import { evaluate, REPORTED_KINDS } from './engine/index.js'
import type { FormatParser } from './formats/index.js'
import { PARSERS } from './formats/index.js'
import type { TerraformPlan } from './formats/terraform-plan/index.js'
import { applyPlan } from './formats/terraform-plan/index.js'
import { applyMoves } from './diff/apply-moves.js'
import type { Matrix } from './matrix/index.js'
import { orderShifts, shiftsByPattern } from './matrix/index.js'
import type { Report, Resource, ScanError, Shift, SkippedFile } from './model.js'
import { pathFilter } from './path-glob.js'
import { cachedSnapshot } from './pipeline/cached-snapshot.js'
import { planRootOf } from './pipeline/plan-root-of.js'
import { assembleReport, reportPart, type ReportPart } from './report/build-report.js'
import type { GatePolicy } from './report/gate.js'
import type { ChangedFile } from './scope/index.js'
import {
  distinctErrors,
  distinctSkipped,
  parseUnits,
  selectSide,
  type SideSelection
} from './pipeline/parse-side.js'
import { unitsOfChanges, type UnitFiles } from './select-files.js'
import type { Snapshot } from './sources/index.js'
import { unknownRuleIds, type InlineSuppression } from './suppress/index.js'
import { buildUnitGraph, callersOf, isLinkingUnit, linksUnits } from './pipeline/unit-graph.js'
import type { UnitGraph } from './pipeline/unit-graph.js'

export interface ScanConfig {
  rules: RuleSet
  matrix: Matrix
  gate: GatePolicy
  parsers?: readonly FormatParser[]
  /** Globs (src/path-glob.ts): only files matching one are scanned; default all. */
  include?: readonly string[]
  /** Globs: files matching one are not scanned. */
  exclude?: readonly string[]
  /**
   * A Terraform plan in its JSON form: for the resources it covers, its
   * values (`before` for base, `after` for head) replace those evaluated
   * from source (src/formats/terraform-plan/apply-plan.ts).
   */
  plan?: TerraformPlan
  /** Files per batch of units (default {@link BATCH_FILES}); the report does not depend on it. */
  batchFiles?: number
}

export type ScanTarget =
  /** A pull request, a push or a dispatch with two revisions: what changed between them. */
  | {
      mode: 'changes'
      base: Snapshot
      head: Snapshot
      changed: ChangedFile[]
      revisions: { base: string; head: string }
    }
  /** A whole tree (a commit or the working tree): every finding is `existing`. */
  | { mode: 'all'; head: Snapshot; revision: string | null }

interface Side {
  resources: Resource[]
  outcomes: Outcome[]
}

/** Files parsed per batch, base and head together: the resources of one batch at a time are in memory. */
export const BATCH_FILES = 256

/**
 * The pipeline of DESIGN.md: scope → sources → parse → evaluate →
 * diff+classify → report. Pure apart from reading the snapshots it is given.
 *
 * Units are taken a batch at a time (about {@link BATCH_FILES} files): each
 * batch is parsed at base and head, evaluated, diffed and reduced to its
 * changes and findings before the next is read, so a scan holds the parsed
 * resources of one batch, not of the whole tree. Everything a rule or a
 * shift looks at lives within one unit, and units never straddle batches.
 */
export async function scan(target: ScanTarget, config: ScanConfig): Promise<Report> {
  const parsers = config.parsers ?? PARSERS
  const wanted = pathFilter(config.include, config.exclude)
  if (target.mode === 'all') {
    const snapshot = cachedSnapshot(target.head)
    const graph = linksUnits(parsers) ? await buildUnitGraph(snapshot, parsers, wanted) : undefined
    const root = await planRootOf(config.plan, snapshot, graph)
    const selection = await selectSide(snapshot, parsers, undefined, wanted, graph)
    const run = await runBatches(config, {
      mode: 'all',
      base: undefined,
      head: { snapshot, selection, graph },
      root
    })
    return assembleReport({
      mode: 'all',
      revisions: { base: null, head: target.revision },
      parts: run.parts,
      shifts: [],
      errors: [...distinctErrors([...selection.errors, ...run.errors]), ...run.ruleIdErrors],
      skipped: distinctSkipped([...selection.skipped, ...run.skipped]),
      matrix: config.matrix,
      gate: config.gate
    })
  }
  const base = cachedSnapshot(target.base)
  const head = cachedSnapshot(target.head)
  const scope = await unitsOfChanges(target.changed, head, base, parsers, wanted)
  const targets = scope.targets
  const graphs = await changeGraphs(base, head, parsers, wanted, targets, config.plan !== undefined)
  const root = await planRootOf(config.plan, head, graphs?.head)
  if (root !== undefined) targets.add(`terraform\0${root}`)
  const [baseSelection, headSelection] = await Promise.all([
    selectSide(base, parsers, targets, wanted, graphs?.base),
    selectSide(head, parsers, targets, wanted, graphs?.head)
  ])
  const run = await runBatches(config, {
    mode: 'changes',
    base: { snapshot: base, selection: baseSelection, graph: graphs?.base },
    head: { snapshot: head, selection: headSelection, graph: graphs?.head },
    root
  })
  return assembleReport({
    mode: 'changes',
    revisions: target.revisions,
    parts: run.parts,
    shifts: orderShifts(run.shifts),
    errors: [
      ...scope.errors,
      ...distinctErrors([...headSelection.errors, ...run.errors]),
      ...run.ruleIdErrors
    ],
    skipped: [...scope.skipped, ...distinctSkipped([...headSelection.skipped, ...run.skipped])],
    matrix: config.matrix,
    gate: config.gate
  })
}

interface SideInput {
  snapshot: Snapshot
  selection: SideSelection
  graph: UnitGraph | undefined
}

interface BatchInput {
  mode: 'changes' | 'all'
  base: SideInput | undefined
  head: SideInput
  root: string | undefined
}

interface BatchRun {
  parts: ReportPart[]
  /** Per shift pattern, the shifts of every batch. */
  shifts: Shift[][]
  /** Head errors and skipped files reported while parsing. */
  errors: ScanError[]
  skipped: SkippedFile[]
  /** `demarc:ignore` comments naming rules that do not exist. */
  ruleIdErrors: ScanError[]
}

/** Parses, evaluates and diffs the selected units batch by batch, keeping only what the report needs. */
async function runBatches(config: ScanConfig, input: BatchInput): Promise<BatchRun> {
  const run: BatchRun = { parts: [], shifts: [], errors: [], skipped: [], ruleIdErrors: [] }
  const suppressions: InlineSuppression[] = []
  const commented = { base: new Set<string>(), head: new Set<string>() }
  const all = [
    ...batches(
      input.base?.selection.units ?? [],
      input.head.selection.units,
      config.batchFiles ?? BATCH_FILES
    )
  ]
  // The plan's resources join the batch of its directory, or a batch of their own when no unit is there.
  const rootId = `terraform\0${input.root ?? ''}`
  let planned = all.findIndex(b => [...b.base, ...b.head].some(([id]) => id === rootId))
  if (config.plan !== undefined && planned === -1) planned = all.push({ base: [], head: [] }) - 1
  for (const [i, batch] of all.entries()) {
    const plan = i === planned ? config.plan : undefined
    const baseParsed =
      input.base === undefined
        ? undefined
        : await parseUnits(input.base.snapshot, batch.base, input.base.graph, commented.base)
    const headParsed = await parseUnits(input.head.snapshot, batch.head, input.head.graph, commented.head)
    suppressions.push(...headParsed.suppressions)
    const baseResources = applyMoves(
      withPlan(baseParsed?.resources ?? [], plan, 'before', input.root),
      headParsed.moved
    )
    const baseSide = evaluateSide(baseResources, config.rules)
    const headSide = evaluateSide(withPlan(headParsed.resources, plan, 'after', input.root), config.rules)
    if (input.mode === 'changes') {
      const found = shiftsByPattern(config.matrix, baseSide.resources, headSide.resources)
      found.forEach((shifts, i) => (run.shifts[i] ??= []).push(...shifts))
    }
    run.parts.push(
      reportPart({ mode: input.mode, base: baseSide, head: headSide, matrix: config.matrix, suppressions })
    )
    run.errors.push(...headParsed.errors)
    run.ruleIdErrors.push(...unknownRuleIds(headParsed.suppressions, config.rules))
    run.skipped.push(...headParsed.skipped)
  }
  return run
}

/**
 * The units of both sides cut into batches of about `size` files, in unit
 * order; a unit is in the same batch at base and head.
 */
function* batches(
  base: readonly [string, UnitFiles][],
  head: readonly [string, UnitFiles][],
  size: number
): Generator<{ base: [string, UnitFiles][]; head: [string, UnitFiles][] }> {
  const ids = new Map<string, { unit: string; files: number }>()
  for (const [id, unit] of [...base, ...head]) {
    const seen = ids.get(id)
    ids.set(id, { unit: unit.unit, files: (seen?.files ?? 0) + unit.paths.length })
  }
  const order = [...ids].sort(([a, x], [b, y]) => x.unit.localeCompare(y.unit) || a.localeCompare(b))
  const baseUnits = new Map(base)
  const headUnits = new Map(head)
  let batch: { base: [string, UnitFiles][]; head: [string, UnitFiles][] } = { base: [], head: [] }
  let files = 0
  for (const [id, { files: count }] of order) {
    const b = baseUnits.get(id)
    const h = headUnits.get(id)
    if (b !== undefined) batch.base.push([id, b])
    if (h !== undefined) batch.head.push([id, h])
    files += count
    if (files >= size) {
      yield batch
      batch = { base: [], head: [] }
      files = 0
    }
  }
  if (batch.base.length > 0 || batch.head.length > 0) yield batch
}

/**
 * Who calls whom at base and at head, when units that pull in others are
 * in play; the units that call a changed one (at either version) join the
 * targets, so a change inside a module shows under its callers.
 */
async function changeGraphs(
  base: Snapshot,
  head: Snapshot,
  parsers: readonly FormatParser[],
  wanted: (path: string) => boolean,
  targets: Set<string>,
  plan: boolean
): Promise<{ base: UnitGraph; head: UnitGraph } | undefined> {
  if (!linksUnits(parsers)) return undefined
  if (!plan && ![...targets].some(id => isLinkingUnit(id, parsers))) return undefined
  const [baseGraph, headGraph] = await Promise.all([
    buildUnitGraph(base, parsers, wanted),
    buildUnitGraph(head, parsers, wanted)
  ])
  const changed = [...targets]
  for (const graph of [baseGraph, headGraph]) for (const id of callersOf(graph, changed)) targets.add(id)
  return { base: baseGraph, head: headGraph }
}

function withPlan(
  resources: Resource[],
  plan: TerraformPlan | undefined,
  side: 'before' | 'after',
  root: string | undefined
): Resource[] {
  return plan === undefined ? resources : applyPlan(resources, plan, side, root)
}

function evaluateSide(resources: Resource[], rules: RuleSet): Side {
  return { resources, outcomes: evaluate(rules, resources, REPORTED_KINDS) }
}
