import type { Report } from '../model.js'
import { decideGate, type GatePolicy } from '../report/gate.js'
import {
  compareChanges,
  compareErrors,
  compareFindings,
  compareShifts,
  compareSkipped,
  compareUnknown
} from '../report/report-order.js'
import { countTouched, summariseRows } from '../report/summarise-rows.js'
import { checkSameRun } from './check-same-run.js'
import type { SourcedReport } from './sourced-report.js'
import { unite, type Identity } from './unite.js'

/**
 * One report from the reports of shards of one run (the same commits,
 * configuration and Demarc, different `paths`): every list united, an
 * entry two shards share kept once, in the order one scan gives; the row
 * footprint counted again from the united changes and findings; the gate
 * decided again with `gate`. Reports that do not belong together are
 * refused (RefusedMerge), naming the files.
 */
export function mergeReports(reports: readonly SourcedReport[], gate: GatePolicy): Report {
  checkSameRun(reports)
  const first = (reports[0] as SourcedReport).report
  const all = <T>(pick: (report: Report) => readonly T[], identity?: Identity<T>): T[] =>
    unite(
      reports.map(r => ({ source: r.source, items: pick(r.report) })),
      identity
    )
  const changes = all(r => r.changes, {
    key: c => c.fingerprint,
    describe: c => `the change of ${c.address} in ${c.file}`
  }).sort(compareChanges)
  const findings = all(r => r.findings, {
    key: f => f.fingerprint,
    describe: f => `finding ${f.ruleId} on ${f.address} in ${f.file}`
  }).sort(compareFindings)
  const areChanges = first.scope.mode === 'changes'
  return {
    schemaVersion: first.schemaVersion,
    tool: { ...first.tool },
    scope: { ...first.scope },
    changes,
    findings,
    shifts: all(r => r.shifts).sort(compareShifts),
    rows: summariseRows(
      first.rows,
      areChanges ? countTouched(changes) : heldResources(reports),
      areChanges,
      findings
    ),
    unknown: all(r => r.unknown, {
      key: u => u.fingerprint,
      describe: u => `the unsettled check ${u.ruleId} on ${u.address} in ${u.file}`
    }).sort(compareUnknown),
    errors: all(r => r.errors).sort(compareErrors),
    skipped: all(r => r.skipped).sort(compareSkipped),
    gate: decideGate(findings, gate)
  }
}

/**
 * A whole-tree scan counts the resources it holds per row, and a report
 * does not list them: the shards' counts are added up, so a resource two
 * overlapping shards both hold is counted twice here (and only here).
 */
function heldResources(reports: readonly SourcedReport[]): Map<string, number> {
  const held = new Map<string, number>()
  for (const { report } of reports)
    for (const row of report.rows) held.set(row.row, (held.get(row.row) ?? 0) + row.resources)
  return held
}
