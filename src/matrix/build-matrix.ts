import type { MatrixDocument, ServiceDocument, ServicesDocument } from './documents.js'
import { typeKey, type Matrix, type MatrixRow, type ServiceInfo, type TypeInfo } from './types.js'

/** The lookup structure over two documents that have passed their schemas and cross-checks. */
export function buildMatrix(matrixDoc: MatrixDocument, servicesDoc: ServicesDocument): Matrix {
  const rows: MatrixRow[] = matrixDoc.rows.map(row => ({ ...row }))
  const services = new Map<string, ServiceInfo>()
  const types = new Map<string, TypeInfo>()
  for (const [id, service] of Object.entries(servicesDoc.services)) {
    services.set(id, serviceInfo(id, service))
    for (const info of typeInfos(id, service)) types.set(typeKey(info.format, info.type), info)
  }
  return {
    rows,
    rowById: new Map(rows.map(row => [row.id, row])),
    domains: matrixDoc.domains.map(d => ({ ...d })),
    categories: matrixDoc.categories.map(c => ({ ...c, examples: [...c.examples] })),
    services,
    types
  }
}

function serviceInfo(id: string, service: ServiceDocument): ServiceInfo {
  const info: ServiceInfo = {
    id,
    title: service.title,
    category: service.category,
    rows: [...service.rows],
    prefixes: new Map(Object.entries(service.prefixes ?? {}).map(([format, list]) => [format, [...list]])),
    formats: [...(service.formats ?? [])]
  }
  if (service.note !== undefined) info.note = service.note
  return info
}

function typeInfos(id: string, service: ServiceDocument): TypeInfo[] {
  return Object.entries(service.types ?? {}).flatMap(([format, types]) =>
    Object.entries(types).map(([type, entry]) => ({
      type,
      format,
      service: id,
      category: entry.category ?? service.category,
      rows: [...entry.rows],
      attributes: new Map(Object.entries(entry.attributes ?? {}).map(([name, rows]) => [name, [...rows]]))
    }))
  )
}
