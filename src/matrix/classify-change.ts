import { isCatalogued } from './aws-type.js'
import { findType, serviceByFormat, serviceByPrefix } from './find-type.js'
import { TAGS_ROW, UNKNOWN_TYPE_ROW } from './required-rows.js'
import { rowRefs } from './rows.js'
import type { ChangeToClassify, Classification, Matrix } from './types.js'

/** Per format, the attributes that hold tags. */
const TAG_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  terraform: ['tags', 'tags_all'],
  cloudformation: ['Tags'],
  serverless: ['tags']
}

const NO_ATTRIBUTES: ReadonlyMap<string, readonly string[]> = new Map()

/**
 * Which service, category and matrix rows a change touches. Every AWS type
 * and every workload type gets a stated answer: from the catalogue, else from
 * its service's type prefix (or, for a workload format, the service that
 * claims the format: a custom Kubernetes kind), else `unknown` with the
 * service-configuration row; types that are not AWS resources (`random_id`,
 * `data.*`, a remote `module`) get `other` and no rows.
 */
export function classifyChange(matrix: Matrix, change: ChangeToClassify): Classification {
  if (!isCatalogued(change.format, change.type))
    return { service: 'other', category: 'unknown', rows: [], basis: 'not-aws' }
  const known = findType(matrix, change.format, change.type)
  if (known) {
    const rows = touchedRows(change, known.rows, known.attributes)
    return {
      service: known.service,
      category: known.category,
      rows: rowRefs(matrix, rows),
      basis: 'catalogue'
    }
  }
  const byPrefix = serviceByPrefix(matrix, change.format, change.type)
  const service = byPrefix ?? serviceByFormat(matrix, change.format)
  if (service) {
    const rows = touchedRows(change, service.rows, NO_ATTRIBUTES)
    return {
      service: service.id,
      category: service.category,
      rows: rowRefs(matrix, rows),
      basis: byPrefix ? 'service-prefix' : 'service-format'
    }
  }
  const rows = touchedRows(change, [UNKNOWN_TYPE_ROW], NO_ATTRIBUTES)
  return { service: 'unknown', category: 'unknown', rows: rowRefs(matrix, rows), basis: 'unknown-aws-type' }
}

/**
 * Added or removed: all the type's rows. Modified: the rows of each changed
 * attribute (by its first path segment), tags → compliance, and the type's
 * first row once if some attribute has no entry (or none are named).
 */
function touchedRows(
  change: ChangeToClassify,
  rows: readonly string[],
  attributes: ReadonlyMap<string, readonly string[]>
): string[] {
  if (change.change !== 'modified') return [...rows]
  const tags = TAG_ATTRIBUTES[change.format] ?? []
  const touched: string[] = []
  let unnamed = change.attributes.length === 0
  for (const path of change.attributes) {
    const name = topLevelName(path)
    const mapped = attributes.get(name) ?? (tags.includes(name) ? [TAGS_ROW] : undefined)
    if (mapped) touched.push(...mapped)
    else unnamed = true
  }
  if (unnamed) touched.push(rows[0] as string)
  return touched
}

/** `ingress[0].cidr_blocks` → `ingress`; `metadata_options.http_tokens` → `metadata_options`. */
export function topLevelName(path: string): string {
  return path.split(/[.[]/, 1)[0] as string
}
