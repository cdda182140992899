import type { InlineSuppression } from '../suppress/index.js'
import { suppressionFor } from '../suppress/index.js'
import type { Outcome } from '../engine/index.js'
import type { Matrix } from '../matrix/index.js'
import { classifyChange, ownerOf } from '../matrix/index.js'
import { matchResources } from '../diff/match-resources.js'
import { fingerprint, resourceFingerprint } from '../diff/fingerprint.js'
import type { Change, Finding, Report, Resource, ScanError, Shift, SkippedFile } from '../model.js'
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
 * contract, docs/report.md), from one batch of resources.
 */
export function buildReport(input: ReportInput): Report {
  const part = reportPart({ ...input, suppressions: input.suppressions ?? [] })
  return assembleReport({ ...input, parts: [part] })
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
        expr: o.expr ?? o.message,
        fingerprint: fingerprint(o.rule.id, o.resource)
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
  /** Errors of the scan itself (scope, reading, parsing). */
  errors: ScanError[]
  skipped: SkippedFile[]
  matrix: Matrix
  gate: GatePolicy
}

/**
 * One report from its parts. Every list is in the total order of
 * report-order.ts, so the report does not depend on how the units were
 * batched, and merged shards read like one scan.
 */
export function assembleReport(input: AssembleInput): Report {
  const { parts } = input
  const changes = parts.flatMap(p => p.changes).sort(compareChanges)
  const findings = parts.flatMap(p => p.findings).sort(compareFindings)
  const touched = input.mode === 'changes' ? countTouched(changes) : addCounts(parts.map(p => p.held))
  return {
    schemaVersion: 1,
    tool: { name: 'demarc', version: VERSION },
    scope: { base: input.revisions.base, head: input.revisions.head, mode: input.mode },
    changes,
    findings,
    shifts: [...input.shifts].sort(compareShifts),
    rows: summariseRows(rowHeadings(input.matrix), touched, input.mode === 'changes', findings),
    unknown: parts.flatMap(p => p.unknown).sort(compareUnknown),
    errors: [...input.errors, ...parts.flatMap(p => p.errors)].sort(compareErrors),
    skipped: [...input.skipped].sort(compareSkipped),
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
      rows: classified.rows,
      fingerprint: resourceFingerprint(resource)
    }
  })
}

/** For a whole-tree scan: every resource held, classified as if it were added, counted per row. */
function holdings(resources: Resource[], matrix: Matrix): Map<string, number> {
  return countTouched(
    resources.map(r =>
      classifyChange(matrix, { type: r.type, format: r.format, change: 'added', attributes: [] })
    )
  )
}

function addCounts(counts: readonly Map<string, number>[]): Map<string, number> {
  const total = new Map<string, number>()
  for (const map of counts) for (const [row, n] of map) total.set(row, (total.get(row) ?? 0) + n)
  return total
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
