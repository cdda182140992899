import type { Outcome, RuleSet } from './engine/index.js'
import { evaluate, REPORTED_KINDS } from './engine/index.js'
import type { FormatParser } from './formats/index.js'
import { PARSERS } from './formats/index.js'
import type { TerraformPlan } from './formats/terraform-plan/index.js'
import { applyPlan } from './formats/terraform-plan/index.js'
import { applyMoves } from './diff/apply-moves.js'
import type { Matrix } from './matrix/index.js'
import { detectShifts } from './matrix/index.js'
import type { Report, Resource } from './model.js'
import { pathFilter } from './path-glob.js'
import { cachedSnapshot } from './pipeline/cached-snapshot.js'
import { planRootOf } from './pipeline/plan-root-of.js'
import { buildReport } from './report/build-report.js'
import type { GatePolicy } from './report/gate.js'
import type { ChangedFile } from './scope/index.js'
import { parseSide } from './pipeline/parse-side.js'
import { unitsOfChanges } from './select-files.js'
import type { Snapshot } from './sources/index.js'
import { unknownRuleIds } from './suppress/index.js'
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

/**
 * The pipeline of DESIGN.md: scope → sources → parse → evaluate →
 * diff+classify → report. Pure apart from reading the snapshots it is given.
 */
export async function scan(target: ScanTarget, config: ScanConfig): Promise<Report> {
  const parsers = config.parsers ?? PARSERS
  const wanted = pathFilter(config.include, config.exclude)
  if (target.mode === 'all') {
    const snapshot = cachedSnapshot(target.head)
    const graph = linksUnits(parsers) ? await buildUnitGraph(snapshot, parsers, wanted) : undefined
    const root = await planRootOf(config.plan, snapshot, graph)
    const parsed = await parseSide(snapshot, parsers, undefined, wanted, graph)
    const head = evaluateSide(withPlan(parsed.resources, config.plan, 'after', root), config.rules)
    return buildReport({
      mode: 'all',
      revisions: { base: null, head: target.revision },
      base: { resources: [], outcomes: [] },
      head,
      shifts: [],
      errors: [...parsed.errors, ...unknownRuleIds(parsed.suppressions, config.rules)],
      skipped: parsed.skipped,
      matrix: config.matrix,
      gate: config.gate,
      suppressions: parsed.suppressions
    })
  }
  const base = cachedSnapshot(target.base)
  const head = cachedSnapshot(target.head)
  const scope = await unitsOfChanges(target.changed, head, base, parsers, wanted)
  const targets = scope.targets
  const graphs = await changeGraphs(base, head, parsers, wanted, targets, config.plan !== undefined)
  const root = await planRootOf(config.plan, head, graphs?.head)
  if (root !== undefined) targets.add(`terraform\0${root}`)
  const [baseParsed, headParsed] = await Promise.all([
    parseSide(base, parsers, targets, wanted, graphs?.base),
    parseSide(head, parsers, targets, wanted, graphs?.head)
  ])
  const baseResources = applyMoves(
    withPlan(baseParsed.resources, config.plan, 'before', root),
    headParsed.moved
  )
  const baseSide = evaluateSide(baseResources, config.rules)
  const headSide = evaluateSide(withPlan(headParsed.resources, config.plan, 'after', root), config.rules)
  return buildReport({
    mode: 'changes',
    revisions: target.revisions,
    base: baseSide,
    head: headSide,
    shifts: detectShifts(config.matrix, baseSide.resources, headSide.resources),
    errors: [...scope.errors, ...headParsed.errors, ...unknownRuleIds(headParsed.suppressions, config.rules)],
    skipped: [...scope.skipped, ...headParsed.skipped],
    matrix: config.matrix,
    gate: config.gate,
    suppressions: headParsed.suppressions
  })
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
