import { createHash } from 'node:crypto'
import type { Resource } from '../model.js'

/**
 * A finding's identity across commits: the rule and the resource's key
 * (unit and address). Line numbers are deliberately left out, so moving a
 * block or editing lines above it never turns an old finding into a new one.
 */
export function fingerprint(ruleId: string, resource: Pick<Resource, 'key'>): string {
  return createHash('sha256').update(`${ruleId}\0${resource.key}`).digest('hex').slice(0, 24)
}

/** A resource's identity across commits and across scans: its key (unit and address), never line numbers. */
export function resourceFingerprint(resource: Pick<Resource, 'key'>): string {
  return createHash('sha256').update(`resource\0${resource.key}`).digest('hex').slice(0, 24)
}
