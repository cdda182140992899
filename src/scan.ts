import type { Outcome, RuleSet } from './engine/index.js'
import { evaluate } from './engine/index.js'
import type { FormatParser, SourceFile } from './formats/index.js'
import { PARSERS } from './formats/index.js'
import type { Matrix } from './matrix/index.js'
import { detectShifts } from './matrix/index.js'
import type { Report, Resource, ScanError, SkippedFile } from './model.js'
import { pathFilter } from './path-glob.js'
import { buildReport } from './report/build-report.js'
import type { GatePolicy } from './report/gate.js'
import type { ChangedFile } from './scope/index.js'
import { selectFiles, unitsOfChanges } from './select-files.js'
import type { UnitFiles } from './select-files.js'
import type { Snapshot } from './sources/index.js'

export interface ScanConfig {
  rules: RuleSet
  matrix: Matrix
  gate: GatePolicy
  parsers?: readonly FormatParser[]
  /** Globs (src/path-glob.ts): only files matching one are scanned; default all. */
  include?: readonly string[]
  /** Globs: files matching one are not scanned. */
  exclude?: readonly string[]
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
  errors: ScanError[]
  skipped: SkippedFile[]
}

/**
 * The pipeline of DESIGN.md: scope → sources → parse → evaluate →
 * diff+classify → report. Pure apart from reading the snapshots it is given.
 */
export async function scan(target: ScanTarget, config: ScanConfig): Promise<Report> {
  const parsers = config.parsers ?? PARSERS
  const wanted = pathFilter(config.include, config.exclude)
  if (target.mode === 'all') {
    const head = await scanSide(target.head, parsers, undefined, config.rules, wanted)
    return buildReport({
      mode: 'all',
      revisions: { base: null, head: target.revision },
      base: emptySide(),
      head,
      shifts: [],
      errors: [...head.errors],
      skipped: head.skipped,
      matrix: config.matrix,
      gate: config.gate
    })
  }
  const scope = await unitsOfChanges(target.changed, target.head, target.base, parsers, wanted)
  const [base, head] = await Promise.all([
    scanSide(target.base, parsers, scope.targets, config.rules, wanted),
    scanSide(target.head, parsers, scope.targets, config.rules, wanted)
  ])
  return buildReport({
    mode: 'changes',
    revisions: target.revisions,
    base,
    head,
    shifts: detectShifts(config.matrix, base.resources, head.resources),
    errors: [...scope.errors, ...head.errors],
    skipped: [...scope.skipped, ...head.skipped],
    matrix: config.matrix,
    gate: config.gate
  })
}

async function scanSide(
  snapshot: Snapshot,
  parsers: readonly FormatParser[],
  targets: Set<string> | undefined,
  rules: RuleSet,
  wanted: (path: string) => boolean
): Promise<Side> {
  if (targets !== undefined && targets.size === 0) return emptySide()
  const selection = await selectFiles(snapshot, parsers, targets, wanted)
  const errors = [...selection.errors]
  const skipped = [...selection.skipped]
  const resources: Resource[] = []
  const units = [...selection.units.values()].sort((a, b) => a.unit.localeCompare(b.unit))
  for (const unit of units) {
    const files = await readUnit(snapshot, unit, errors)
    const parsed = unit.parser.parse(unit.unit, files)
    resources.push(...parsed.resources)
    errors.push(...parsed.errors)
    skipped.push(...(parsed.skipped ?? []))
  }
  return { resources, outcomes: evaluate(rules, resources), errors, skipped }
}

async function readUnit(snapshot: Snapshot, unit: UnitFiles, errors: ScanError[]): Promise<SourceFile[]> {
  const results = await Promise.all(unit.paths.map(path => snapshot.read(path)))
  const files: SourceFile[] = []
  results.forEach((result, i) => {
    const path = unit.paths[i] as string
    if (result.ok) files.push({ path, text: result.text })
    else errors.push({ file: path, message: `not scanned: ${result.reason}` })
  })
  return files
}

function emptySide(): Side {
  return { resources: [], outcomes: [], errors: [], skipped: [] }
}
