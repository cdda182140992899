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
  const { matrix } = input
  const changes =
    input.mode === 'changes' ? classifyChanges(input.base.resources, input.head.resources, matrix) : []
  const findings = sortFindings(
    buildFindings({
      mode: input.mode,
      base: input.base.outcomes,
      head: input.head.outcomes,
      baseResources: new Map(input.base.resources.map(r => [r.key, r])),
      ownerOf: row => ownerOf(matrix, row),
      suppressionOf: outcome => suppressionFor(outcome, input.suppressions ?? [])
    })
  )
  const errors = [...input.errors, ...ruleErrors(input.head.outcomes)]
  return {
    schemaVersion: 1,
    tool: { name: 'demarc', version: VERSION },
    scope: { base: input.revisions.base, head: input.revisions.head, mode: input.mode },
    changes,
    findings,
    shifts: input.shifts,
    rows: summariseRows(
      matrix,
      input.mode === 'changes' ? changes : holdings(input.head.resources, matrix),
      input.mode === 'changes',
      findings
    ),
    unknown: input.head.outcomes
      .filter(o => o.outcome === 'unknown')
      .map(o => ({
        ruleId: o.rule.id,
        file: o.resource.file,
        line: o.span.line,
        address: o.resource.address,
        expr: o.expr ?? o.message
      })),
    errors: errors.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0)),
    skipped: input.skipped,
    gate: decideGate(findings, input.gate)
  }
}

function classifyChanges(base: Resource[], head: Resource[], matrix: Matrix): Change[] {
  return matchResources(base, head)
    .map(c => {
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
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
}

/** For a whole-tree scan: every resource held, classified as if it were added. */
function holdings(resources: Resource[], matrix: Matrix): Pick<Change, 'rows'>[] {
  return resources.map(r =>
    classifyChange(matrix, { type: r.type, format: r.format, change: 'added', attributes: [] })
  )
}

/** Per matrix row: resources touched (changed in a PR, held in a whole-tree scan) and findings by status. */
function summariseRows(
  matrix: Matrix,
  touched: Pick<Change, 'rows'>[],
  areChanges: boolean,
  findings: Finding[]
): RowSummary[] {
  return matrix.rows.map(row => {
    const inRow = findings.filter(f => f.row === row.id)
    const resources = touched.filter(c => c.rows.some(r => r.row === row.id)).length
    const summary: RowSummary = {
      row: row.id,
      title: row.title,
      label: row.label,
      owner: row.owner,
      resources,
      changes: areChanges ? resources : 0,
      new: inRow.filter(f => f.status === 'new').length,
      fixed: inRow.filter(f => f.status === 'fixed').length,
      existing: inRow.filter(f => f.status === 'existing').length
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
      a.ruleId.localeCompare(b.ruleId)
  )
}
