import type { Resource, Shift } from '../model.js'
import { unitOf } from './resource-values.js'
import { rowLabel } from './rows.js'
import { selfManagedEvidence } from './self-managed-evidence.js'
import type { ReplacementShiftPattern, Side } from './shift-patterns.js'
import { located, moves, removedFrom } from './shift-text.js'
import type { Matrix } from './types.js'

/**
 * Shifts of one replacement pattern, per unit: a self-managed resource
 * removed and a managed one added moves the rows to AWS; a managed one
 * removed and a self-managed one added moves them to the customer. The
 * self-managed side needs evidence; without it (or on unknown values) nothing
 * is claimed. Each shift sits on the added resource, in head.
 */
export function replacementShifts(
  matrix: Matrix,
  pattern: ReplacementShiftPattern,
  base: readonly Resource[],
  head: readonly Resource[]
): Shift[] {
  const baseKeys = new Set(base.map(r => r.key))
  const headKeys = new Set(head.map(r => r.key))
  const removed = base.filter(r => !headKeys.has(r.key))
  const added = head.filter(r => !baseKeys.has(r.key))
  const units = [...new Set([...removed, ...added].map(unitOf))].sort()
  return units.flatMap(unit => {
    const gone = removed.filter(r => unitOf(r) === unit)
    const come = added.filter(r => unitOf(r) === unit)
    return [
      ...toManaged(matrix, pattern, { gone, come, base }),
      ...toSelfManaged(matrix, pattern, { gone, come, head })
    ]
  })
}

interface UnitChanges {
  gone: Resource[]
  come: Resource[]
}

function toManaged(
  matrix: Matrix,
  pattern: ReplacementShiftPattern,
  changes: UnitChanges & { base: readonly Resource[] }
): Shift[] {
  const selfManaged = withEvidence(pattern, changes.gone, changes.base)
  const managed = changes.come.find(r => pattern.managed.types.includes(r.type))
  if (selfManaged === undefined || managed === undefined) return []
  const what = `${located(managed)} replaces ${removedFrom(selfManaged.resource)}, with ${selfManaged.detail}`
  return shifts(matrix, pattern, managed, what, 'customer', 'aws')
}

function toSelfManaged(
  matrix: Matrix,
  pattern: ReplacementShiftPattern,
  changes: UnitChanges & { head: readonly Resource[] }
): Shift[] {
  const managed = changes.gone.find(r => pattern.managed.types.includes(r.type))
  const selfManaged = managed && withEvidence(pattern, changes.come, changes.head)
  if (managed === undefined || selfManaged === undefined) return []
  const what = `${located(selfManaged.resource)}, with ${selfManaged.detail}, replaces ${removedFrom(managed)} with ${pattern.workload} you run`
  return shifts(matrix, pattern, selfManaged.resource, what, 'aws', 'customer')
}

/** The first resource of the pattern's self-managed types with evidence of the workload. */
function withEvidence(
  pattern: ReplacementShiftPattern,
  candidates: readonly Resource[],
  snapshot: readonly Resource[]
): { resource: Resource; detail: string } | undefined {
  for (const resource of candidates.filter(r => pattern.selfManaged.types.includes(r.type))) {
    const evidence = selfManagedEvidence(pattern, resource, snapshot)
    if (evidence.kind === 'found') return { resource, detail: evidence.detail }
  }
  return undefined
}

function shifts(
  matrix: Matrix,
  pattern: ReplacementShiftPattern,
  at: Resource,
  what: string,
  from: Side,
  to: Side
): Shift[] {
  return pattern.rows.map(row => ({
    row,
    from,
    to,
    file: at.file,
    line: at.span.line,
    address: at.address,
    explanation: `${what}: ${pattern.reasons[to]}, ${moves(rowLabel(matrix, row), from, to)}`
  }))
}
