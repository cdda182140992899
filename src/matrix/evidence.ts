/** What static analysis can say about a resource's workload: found (and where), cannot tell, or nothing. */
export type Evidence = { kind: 'found'; detail: string } | { kind: 'unknown' } | { kind: 'none' }

export const NO_EVIDENCE: Evidence = { kind: 'none' }
export const UNKNOWN_EVIDENCE: Evidence = { kind: 'unknown' }

/** The first piece of evidence found; else unknown if any part could not be settled; else none. */
export function firstEvidence(results: readonly Evidence[]): Evidence {
  return (
    results.find(r => r.kind === 'found') ??
    (results.some(r => r.kind === 'unknown') ? UNKNOWN_EVIDENCE : NO_EVIDENCE)
  )
}
