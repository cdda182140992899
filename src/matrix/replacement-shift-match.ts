import type { Resource } from '../model.js'
import { selfManagedEvidence } from './self-managed-evidence.js'
import { checkConditions, type ConditionDetail } from './shift-conditions.js'
import type { ReplacementShiftPattern } from './shift-pattern-types.js'

/** A self-managed resource of a pattern, with the evidence found ('' when its type is enough). */
export interface SelfManagedMatch {
  resource: Resource
  detail: string
}

/** A managed resource of a pattern, with what its conditions read. */
export interface ManagedMatch {
  resource: Resource
  details: ConditionDetail[]
}

/** The resource when it is of the pattern's self-managed types and shows evidence of the workload. */
export function selfManagedMatch(
  pattern: ReplacementShiftPattern,
  resource: Resource,
  snapshot: readonly Resource[]
): SelfManagedMatch | undefined {
  if (!pattern.selfManaged.types.includes(resource.type)) return undefined
  const evidence = selfManagedEvidence(pattern, resource, snapshot)
  return evidence.kind === 'found' ? { resource, detail: evidence.detail } : undefined
}

/**
 * The resource when it is of the pattern's managed types and, where `when`
 * lists ways for its type, one of them holds.
 */
export function managedMatch(pattern: ReplacementShiftPattern, resource: Resource): ManagedMatch | undefined {
  if (!pattern.managed.types.includes(resource.type)) return undefined
  const ways = (pattern.managed.when ?? []).filter(way => way.type === resource.type)
  if (ways.length === 0) return { resource, details: [] }
  for (const way of ways) {
    const check = checkConditions(resource, way.all)
    if (check.holds) return { resource, details: check.details }
  }
  return undefined
}
