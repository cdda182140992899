import type { Matrix } from '../matrix/index.js'
import type { Change, Finding, RowSummary } from '../model.js'

/** What a row summary says about the row itself, before any counting. */
export type RowHeading = Pick<RowSummary, 'row' | 'title' | 'label' | 'owner' | 'ownerOverride'>

/** The matrix's rows, in matrix order, with the owners the configuration file may have set. */
export function rowHeadings(matrix: Matrix): RowHeading[] {
  return matrix.rows.map(row => ({
    row: row.id,
    title: row.title,
    label: row.label,
    owner: row.owner,
    ...(row.ownerOverride === undefined ? {} : { ownerOverride: { ...row.ownerOverride } })
  }))
}

/** Per row: how many of the classified resources touch it (a resource touching a row twice counts once). */
export function countTouched(touched: readonly Pick<Change, 'rows'>[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const item of touched)
    for (const row of new Set(item.rows.map(r => r.row))) counts.set(row, (counts.get(row) ?? 0) + 1)
  return counts
}

/**
 * Per row, in the headings' order: the resources touched (changed ones in a
 * change scan, held ones in a whole-tree scan) and the findings by status.
 */
export function summariseRows(
  headings: readonly RowHeading[],
  resources: ReadonlyMap<string, number>,
  areChanges: boolean,
  findings: readonly Finding[]
): RowSummary[] {
  const tally = new Map<string, { new: number; fixed: number; existing: number }>()
  for (const finding of findings) {
    let counts = tally.get(finding.row)
    if (counts === undefined) tally.set(finding.row, (counts = { new: 0, fixed: 0, existing: 0 }))
    counts[finding.status] += 1
  }
  return headings.map(heading => {
    const touched = resources.get(heading.row) ?? 0
    const counts = tally.get(heading.row)
    const summary: RowSummary = {
      row: heading.row,
      title: heading.title,
      label: heading.label,
      owner: heading.owner,
      resources: touched,
      changes: areChanges ? touched : 0,
      new: counts?.new ?? 0,
      fixed: counts?.fixed ?? 0,
      existing: counts?.existing ?? 0
    }
    // An owner the configuration file set is shown as such, never silently.
    if (heading.ownerOverride !== undefined) summary.ownerOverride = { ...heading.ownerOverride }
    return summary
  })
}
