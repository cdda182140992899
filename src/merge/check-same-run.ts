import type { Report } from '../model.js'
import { canonicalJson } from './canonical-json.js'
import { RefusedMerge } from './refused-merge.js'
import type { SourcedReport } from './sourced-report.js'

/**
 * Refuses reports that are not shards of one run: each must have the first
 * one's schema version, Demarc version, scope (base, head and mode) and
 * responsibility matrix (rows, titles, owners and the configuration's
 * overrides). The message names both files and what differs.
 */
export function checkSameRun(reports: readonly SourcedReport[]): void {
  const [first, ...rest] = reports
  if (first === undefined) throw new RefusedMerge('there are none')
  for (const other of rest) {
    const a = first.report
    const b = other.report
    const pair = `${first.source} and ${other.source}`
    if (a.schemaVersion !== b.schemaVersion)
      throw new RefusedMerge(
        `${pair} have schema versions ${a.schemaVersion} and ${b.schemaVersion}; shards must be written by the same Demarc version`
      )
    if (a.tool.version !== b.tool.version)
      throw new RefusedMerge(
        `${pair} were written by Demarc ${a.tool.version} and ${b.tool.version}; run every shard with the same version`
      )
    if (canonicalJson(a.scope) !== canonicalJson(b.scope))
      throw new RefusedMerge(
        `${first.source} covers ${describeScope(a)}, but ${other.source} covers ${describeScope(b)}; shards must scan the same commits with the same scope`
      )
    const row = differentRow(first, other)
    if (row !== undefined)
      throw new RefusedMerge(
        `${pair} disagree on the responsibility matrix (${row}); run every shard with the same configuration file`
      )
  }
}

function describeScope(report: Report): string {
  const { base, head, mode } = report.scope
  const at = (sha: string | null) => (sha === null ? 'the working tree' : sha)
  return mode === 'all' ? `the whole tree of ${at(head)}` : `the changes from ${at(base)} to ${at(head)}`
}

/** The first row the two reports describe differently, in words; undefined when they agree. */
function differentRow(first: SourcedReport, other: SourcedReport): string | undefined {
  const [a, b] = [first.report, other.report]
  const heading = (r: Report['rows'][number]) =>
    canonicalJson({ title: r.title, label: r.label, owner: r.owner, ownerOverride: r.ownerOverride })
  const rowsOf = (report: Report) => report.rows.map(r => r.row).join(', ')
  if (rowsOf(a) !== rowsOf(b)) return 'they list different rows'
  for (const [i, row] of a.rows.entries()) {
    const twin = b.rows[i] as Report['rows'][number]
    if (heading(row) === heading(twin)) continue
    return row.owner === twin.owner
      ? `row '${row.row}' is described differently`
      : `row '${row.row}' is owned by ${row.owner} in ${first.source} and by ${twin.owner} in ${other.source}`
  }
  return undefined
}
