import type { InlineSuppression } from '../suppress/index.js'
import { suppressionFor } from '../suppress/index.js'
import type { Outcome } from '../engine/index.js'
import type { Matrix } from '../matrix/index.js'
import { classifyChange, ownerOf } from '../matrix/index.js'
import { matchResources } from '../diff/match-resources.js'
import { fingerprint, resourceFingerprint } from '../diff/fingerprint.js'
import type { Change, Report, Resource, ScanError, Shift, SkippedFile } from '../model.js'
import { VERSION } from '../version.js'
import { buildFindings } from './findings.js'
import type { GatePolicy } from './gate.js'
import { decideGate } from './gate.js'
import {
  compareChanges,
  compareErrors,
  compareFindings,
  compareShifts,
  compareSkipped,
  compareUnknown
} from './report-order.js'
import { countTouched, rowHeadings, summariseRows } from './summarise-rows.js'

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

/**
 * Everything a renderer needs, as one serialisable document (the report
 * contract, docs/report.md). Every list is in the total order of
 * report-order.ts, so that merged shards read like one scan.
 */
export function buildReport(input: ReportInput): Report {
  const { matrix } = input
  const changes =
    input.mode === 'changes' ? classifyChanges(input.base.resources, input.head.resources, matrix) : []
  const findings = buildFindings({
    mode: input.mode,
    base: input.base.outcomes,
    head: input.head.outcomes,
    baseResources: new Map(input.base.resources.map(r => [r.key, r])),
    ownerOf: row => ownerOf(matrix, row),
    suppressionOf: outcome => suppressionFor(outcome, input.suppressions ?? [])
  }).sort(compareFindings)
  const errors = [...input.errors, ...ruleErrors(input.head.outcomes)]
  return {
    schemaVersion: 1,
    tool: { name: 'demarc', version: VERSION },
    scope: { base: input.revisions.base, head: input.revisions.head, mode: input.mode },
    changes,
    findings,
    shifts: [...input.shifts].sort(compareShifts),
    rows: summariseRows(
      rowHeadings(matrix),
      countTouched(input.mode === 'changes' ? changes : holdings(input.head.resources, matrix)),
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
        expr: o.expr ?? o.message,
        fingerprint: fingerprint(o.rule.id, o.resource)
      }))
      .sort(compareUnknown),
    errors: errors.sort(compareErrors),
    skipped: [...input.skipped].sort(compareSkipped),
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
        rows: classified.rows,
        fingerprint: resourceFingerprint(resource)
      }
    })
    .sort(compareChanges)
}

/** For a whole-tree scan: every resource held, classified as if it were added. */
function holdings(resources: Resource[], matrix: Matrix): Pick<Change, 'rows'>[] {
  return resources.map(r =>
    classifyChange(matrix, { type: r.type, format: r.format, change: 'added', attributes: [] })
  )
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
