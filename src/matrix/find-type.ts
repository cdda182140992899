import { typeKey, type Matrix, type ServiceInfo, type TypeInfo } from './types.js'

/** The catalogue entry for a type, if the catalogue lists it. */
export function findType(matrix: Matrix, format: string, type: string): TypeInfo | undefined {
  return matrix.types.get(typeKey(format, type))
}

/** The service whose longest prefix starts the type name (`aws_s3_foo` → s3), if any. */
export function serviceByPrefix(matrix: Matrix, format: string, type: string): ServiceInfo | undefined {
  let best: { service: ServiceInfo; length: number } | undefined
  for (const service of matrix.services.values()) {
    for (const prefix of service.prefixes.get(format) ?? []) {
      if (type.startsWith(prefix) && (best === undefined || prefix.length > best.length)) {
        best = { service, length: prefix.length }
      }
    }
  }
  return best?.service
}

/** The service that claims every type of a format (`kubernetes` for any kind), if one does. */
export function serviceByFormat(matrix: Matrix, format: string): ServiceInfo | undefined {
  for (const service of matrix.services.values()) if (service.formats.includes(format)) return service
  return undefined
}
