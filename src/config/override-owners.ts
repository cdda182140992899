import type { Matrix, MatrixRow } from '../matrix/index.js'
import type { OwnerSetting } from './config-types.js'

/**
 * The matrix with the rows the organisation assigns differently: each keeps
 * the owner the matrix gives in `ownerOverride.from`, with the file (and
 * line) that set it, so the report and every summary can say so. A setting
 * equal to the matrix's owner changes nothing and is not an override.
 */
export function overrideOwners(matrix: Matrix, owners: readonly OwnerSetting[], file: string): Matrix {
  const changed = owners.filter(o => matrix.rowById.get(o.row)?.owner !== o.owner)
  if (changed.length === 0) return matrix
  const rows = matrix.rows.map((row): MatrixRow => {
    const setting = changed.find(o => o.row === row.id)
    if (setting === undefined) return row
    const ownerOverride = {
      from: row.owner,
      file,
      ...(setting.line === undefined ? {} : { line: setting.line })
    }
    return { ...row, owner: setting.owner, ownerOverride }
  })
  return { ...matrix, rows, rowById: new Map(rows.map(row => [row.id, row])) }
}
