import type { Resource, Shift } from '../model.js'
import { unitOf } from './resource-values.js'
import { managedMatch, selfManagedMatch } from './replacement-shift-match.js'
import { toManagedText, toSelfManagedText } from './replacement-shift-text.js'
import type { ReplacementShiftPattern } from './shift-pattern-types.js'
import { shiftsForRows } from './shift-rows.js'
import type { Matrix } from './types.js'

/**
 * Shifts of one replacement pattern, per unit: a self-managed resource
 * removed and a managed one added moves the rows to the managed side; a
 * managed one removed and a self-managed one added moves them back to the
 * customer. The self-managed side needs its evidence, the managed side its
 * conditions; without them (or on unknown values) nothing is claimed. Each
 * shift sits on the added resource, in head.
 */
export function replacementShifts(
  matrix: Matrix,
  pattern: ReplacementShiftPattern,
  base: readonly Resource[],
  head: readonly Resource[]
): Shift[] {
  const baseKeys = new Set(base.map(r => r.key))
  const headKeys = new Set(head.map(r => r.key))
  const gone = byUnit(base.filter(r => !headKeys.has(r.key)))
  const come = byUnit(head.filter(r => !baseKeys.has(r.key)))
  const units = [...new Set([...gone.keys(), ...come.keys()])].sort()
  return units.flatMap(unit => {
    const changes = { gone: gone.get(unit) ?? [], come: come.get(unit) ?? [], base, head }
    return [...toManaged(matrix, pattern, changes), ...toSelfManaged(matrix, pattern, changes)]
  })
}

/** Resources grouped by unit in one pass: a scan of many single-file units stays linear. */
function byUnit(resources: readonly Resource[]): Map<string, Resource[]> {
  const groups = new Map<string, Resource[]>()
  for (const resource of resources) {
    const unit = unitOf(resource)
    const list = groups.get(unit)
    if (list === undefined) groups.set(unit, [resource])
    else list.push(resource)
  }
  return groups
}

interface UnitChanges {
  gone: Resource[]
  come: Resource[]
  base: readonly Resource[]
  head: readonly Resource[]
}

function toManaged(matrix: Matrix, pattern: ReplacementShiftPattern, changes: UnitChanges): Shift[] {
  const self = firstOf(changes.gone, r => selfManagedMatch(pattern, r, changes.base))
  const managed = self && firstOf(changes.come, r => managedMatch(pattern, r))
  if (self === undefined || managed === undefined) return []
  return shiftsForRows(matrix, pattern.rows, placeOf(managed.resource), {
    what: toManagedText(self, managed),
    reason: pattern.reasons.toManaged,
    from: 'customer',
    to: pattern.managedSide
  })
}

function toSelfManaged(matrix: Matrix, pattern: ReplacementShiftPattern, changes: UnitChanges): Shift[] {
  const managed = firstOf(changes.gone, r => managedMatch(pattern, r))
  const self = managed && firstOf(changes.come, r => selfManagedMatch(pattern, r, changes.head))
  if (managed === undefined || self === undefined) return []
  return shiftsForRows(matrix, pattern.rows, placeOf(self.resource), {
    what: toSelfManagedText(self, managed, pattern.workload),
    reason: pattern.reasons.toSelfManaged,
    from: pattern.managedSide,
    to: 'customer'
  })
}

function firstOf<T>(resources: readonly Resource[], match: (r: Resource) => T | undefined): T | undefined {
  for (const resource of resources) {
    const found = match(resource)
    if (found !== undefined) return found
  }
  return undefined
}

function placeOf(resource: Resource) {
  return { file: resource.file, line: resource.span.line, address: resource.address }
}
