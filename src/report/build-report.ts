import type { InlineSuppression } from '../suppress/index.js'
import { suppressionFor } from '../suppress/index.js'
import type { Outcome } from '../engine/index.js'
import type { Matrix } from '../matrix/index.js'
import { classifyChange, ownerOf } from '../matrix/index.js'
import { matchResources } from '../diff/match-resources.js'
import type {
  Change,
  Finding,
  Report,
  Resource,
  RowSummary,
  ScanError,
  Shift,
  SkippedFile
} from '../model.js'
import { SEVERITIES } from '../model.js'
import { VERSION } from '../version.js'
import { buildFindings } from './findings.js'
import type { GatePolicy } from './gate.js'
import { decideGate } from './gate.js'

export interface ReportInput {
  mode: 'changes' | 'all'
  revisions: { base: string | null; head: string | null }
  base: { resources: Resource[]; outcomes: Outcome[] }
  head: { resources: Resource[]; outcomes: Outcome[] }
  shifts: Shift[]
  errors: ScanError[]
  skipped: SkippedFile[]
  matrix: Matrix
  gate: GatePolicy
  /** Inline suppressions written in the head files. */
  suppressions?: readonly InlineSuppression[]
}

/** Everything a renderer needs, as one serialisable document (the report contract of DESIGN.md). */
export function buildReport(input: ReportInput): Report {
  const part = reportPart({ ...input, suppressions: input.suppressions ?? [] })
  return assembleReport({ ...input, parts: [part], shifts: input.shifts })
}

/** What one batch of units contributes to a report: nothing in it refers to a parsed resource any more. */
export interface ReportPart {
  changes: Change[]
  findings: Finding[]
  unknown: Report['unknown']
  /** Rules that threw on a resource. */
  errors: ScanError[]
  /** Whole-tree scans: resources held, per matrix row. */
  held: Map<string, number>
}

export interface PartInput {
  mode: 'changes' | 'all'
  base: { resources: Resource[]; outcomes: Outcome[] }
  head: { resources: Resource[]; outcomes: Outcome[] }
  matrix: Matrix
  /** Inline suppressions of every head file read so far (a module's may cover resources of later batches). */
  suppressions: readonly InlineSuppression[]
}

/** The changes, findings, unknowns and rule errors of one batch of units, base and head. */
export function reportPart(input: PartInput): ReportPart {
  const { matrix } = input
  const findings = buildFindings({
    mode: input.mode,
    base: input.base.outcomes,
    head: input.head.outcomes,
    baseResources: new Map(input.base.resources.map(r => [r.key, r])),
    ownerOf: row => ownerOf(matrix, row),
    suppressionOf: outcome => suppressionFor(outcome, input.suppressions)
  })
  return {
    changes:
      input.mode === 'changes' ? classifyChanges(input.base.resources, input.head.resources, matrix) : [],
    findings,
    unknown: input.head.outcomes
      .filter(o => o.outcome === 'unknown')
      .map(o => ({
        ruleId: o.rule.id,
        file: o.resource.file,
        line: o.span.line,
        address: o.resource.address,
        expr: o.expr ?? o.message
      })),
    errors: ruleErrors(input.head.outcomes),
    held: input.mode === 'all' ? holdings(input.head.resources, matrix) : new Map()
  }
}

export interface AssembleInput {
  mode: 'changes' | 'all'
  revisions: { base: string | null; head: string | null }
  parts: readonly ReportPart[]
  shifts: Shift[]
  /** Errors of the scan itself (scope, reading, parsing), in the order found. */
  errors: ScanError[]
  skipped: SkippedFile[]
  matrix: Matrix
  gate: GatePolicy
}

/** One report from its parts, in an order that does not depend on how the units were batched. */
export function assembleReport(input: AssembleInput): Report {
  const { matrix, parts } = input
  const changes = sortChanges(parts.flatMap(p => p.changes))
  const findings = sortFindings(parts.flatMap(p => p.findings))
  const errors = [...input.errors, ...parts.flatMap(p => p.errors)]
  const touched = input.mode === 'changes' ? countRows(changes) : addCounts(parts.map(p => p.held))
  return {
    schemaVersion: 1,
    tool: { name: 'demarc', version: VERSION },
    scope: { base: input.revisions.base, head: input.revisions.head, mode: input.mode },
    changes,
    findings,
    shifts: input.shifts,
    rows: summariseRows(matrix, touched, input.mode === 'changes', findings),
    unknown: parts.flatMap(p => p.unknown),
    errors: errors.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0)),
    skipped: input.skipped,
    gate: decideGate(findings, input.gate)
  }
}

function classifyChanges(base: Resource[], head: Resource[], matrix: Matrix): Change[] {
  return matchResources(base, head).map(c => {
    const resource = (c.head ?? c.base) as Resource
    const classified = classifyChange(matrix, {
      type: resource.type,
      format: resource.format,
      change: c.change,
      attributes: c.attributes
    })
    return {
      file: resource.file,
      line: resource.span.line,
      endLine: resource.span.endLine,
      address: resource.address,
      type: resource.type,
      format: resource.format,
      change: c.change,
      category: classified.category,
      attributes: c.attributes,
      rows: classified.rows
    }
  })
}

function sortChanges(changes: Change[]): Change[] {
  return changes.sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change] ||
      a.address.localeCompare(b.address)
  )
}

// Head's resources before those base lost, as the diff lists them: a rename on one line reads added, removed.
const CHANGE_ORDER = { added: 0, modified: 0, removed: 1 }

/** For a whole-tree scan: every resource held, classified as if it were added, counted per row. */
function holdings(resources: Resource[], matrix: Matrix): Map<string, number> {
  const held = new Map<string, number>()
  for (const r of resources) {
    const { rows } = classifyChange(matrix, {
      type: r.type,
      format: r.format,
      change: 'added',
      attributes: []
    })
    for (const row of new Set(rows.map(x => x.row))) held.set(row, (held.get(row) ?? 0) + 1)
  }
  return held
}

/** Changed resources per row: each counts once in every row it touches. */
function countRows(changes: readonly Change[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const c of changes)
    for (const row of new Set(c.rows.map(r => r.row))) counts.set(row, (counts.get(row) ?? 0) + 1)
  return counts
}

function addCounts(counts: readonly Map<string, number>[]): Map<string, number> {
  const total = new Map<string, number>()
  for (const map of counts) for (const [row, n] of map) total.set(row, (total.get(row) ?? 0) + n)
  return total
}

/** Per matrix row: resources touched (changed in a PR, held in a whole-tree scan) and findings by status. */
function summariseRows(
  matrix: Matrix,
  touched: Map<string, number>,
  areChanges: boolean,
  findings: Finding[]
): RowSummary[] {
  const byRow = new Map<string, { new: number; fixed: number; existing: number }>()
  for (const f of findings) {
    let counts = byRow.get(f.row)
    if (counts === undefined) byRow.set(f.row, (counts = { new: 0, fixed: 0, existing: 0 }))
    counts[f.status]++
  }
  return matrix.rows.map(row => {
    const resources = touched.get(row.id) ?? 0
    const counts = byRow.get(row.id) ?? { new: 0, fixed: 0, existing: 0 }
    const summary: RowSummary = {
      row: row.id,
      title: row.title,
      label: row.label,
      owner: row.owner,
      resources,
      changes: areChanges ? resources : 0,
      new: counts.new,
      fixed: counts.fixed,
      existing: counts.existing
    }
    // An owner the configuration file set is shown as such, never silently.
    if (row.ownerOverride !== undefined) summary.ownerOverride = { ...row.ownerOverride }
    return summary
  })
}

function ruleErrors(outcomes: Outcome[]): ScanError[] {
  return outcomes
    .filter(o => o.outcome === 'error')
    .map(o => ({
      file: o.resource.file,
      line: o.resource.span.line,
      message: `rule ${o.rule.id} could not be evaluated on ${o.resource.address}: ${o.message}`
    }))
}

const STATUS_ORDER = { new: 0, fixed: 1, existing: 2 }

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.address.localeCompare(b.address)
  )
}
