import type { Matrix, ServiceInfo } from './types.js'

/** For one format: every prefix with its service, and the distinct prefix lengths, longest first. */
interface PrefixTable {
  byPrefix: ReadonlyMap<string, ServiceInfo>
  lengths: readonly number[]
}

/** The lookups classification needs, built once per matrix rather than scanned per change. */
export interface ServiceIndex {
  prefixes: ReadonlyMap<string, PrefixTable>
  /** Workload format → the service that claims all its types. */
  formats: ReadonlyMap<string, ServiceInfo>
}

const indexes = new WeakMap<Matrix, ServiceIndex>()

/**
 * The index of a matrix, built on first use. The catalogue has hundreds of
 * services with one to fifteen prefixes each; a change is classified by at
 * most one map lookup per distinct prefix length (about thirty) instead of a
 * pass over every prefix. Kept beside the matrix in a WeakMap, so `Matrix`
 * stays plain data and the index goes when the matrix does.
 */
export function serviceIndex(matrix: Matrix): ServiceIndex {
  let index = indexes.get(matrix)
  if (index === undefined) {
    index = buildServiceIndex(matrix.services.values())
    indexes.set(matrix, index)
  }
  return index
}

export function buildServiceIndex(services: Iterable<ServiceInfo>): ServiceIndex {
  const byFormat = new Map<string, Map<string, ServiceInfo>>()
  const formats = new Map<string, ServiceInfo>()
  for (const service of services) {
    for (const [format, prefixes] of service.prefixes) {
      const table = byFormat.get(format) ?? new Map<string, ServiceInfo>()
      for (const prefix of prefixes) if (!table.has(prefix)) table.set(prefix, service)
      byFormat.set(format, table)
    }
    for (const format of service.formats) if (!formats.has(format)) formats.set(format, service)
  }
  const prefixes = new Map<string, PrefixTable>()
  for (const [format, byPrefix] of byFormat) {
    const lengths = [...new Set([...byPrefix.keys()].map(p => p.length))].sort((a, b) => b - a)
    prefixes.set(format, { byPrefix, lengths })
  }
  return { prefixes, formats }
}

/** The service of the longest prefix that starts the type name, if any. */
export function longestPrefixService(
  index: ServiceIndex,
  format: string,
  type: string
): ServiceInfo | undefined {
  const table = index.prefixes.get(format)
  if (table === undefined) return undefined
  for (const length of table.lengths) {
    if (length > type.length) continue
    const service = table.byPrefix.get(type.slice(0, length))
    if (service) return service
  }
  return undefined
}
