import { longestPrefixService, serviceIndex } from './service-index.js'
import { typeKey, type Matrix, type ServiceInfo, type TypeInfo } from './types.js'

/** The catalogue entry for a type, if the catalogue lists it. */
export function findType(matrix: Matrix, format: string, type: string): TypeInfo | undefined {
  return matrix.types.get(typeKey(format, type))
}

/**
 * The service whose longest prefix starts the type name (`aws_s3_foo` → s3;
 * `AWS::EC2::SecurityGroup` → vpc rather than ec2), if any.
 */
export function serviceByPrefix(matrix: Matrix, format: string, type: string): ServiceInfo | undefined {
  return longestPrefixService(serviceIndex(matrix), format, type)
}

/** The service that claims every type of a format (`kubernetes` for any kind), if one does. */
export function serviceByFormat(matrix: Matrix, format: string): ServiceInfo | undefined {
  return serviceIndex(matrix).formats.get(format)
}
