/**
 * A JSON pointer (`/services/s3/types/terraform/aws_s3_bucket/rows/0`) as a
 * key path people read (`services.s3.types.terraform.aws_s3_bucket.rows[0]`),
 * using the data to tell list indices from map keys.
 */
export function keyPath(data: unknown, pointer: string, extraKey?: string): string {
  const segments = pointer === '' ? [] : pointer.slice(1).split('/').map(unescapePointer)
  const keys: (string | number)[] = []
  let node: unknown = data
  for (const segment of segments) {
    keys.push(Array.isArray(node) ? Number(segment) : segment)
    node = child(node, segment)
  }
  if (extraKey !== undefined) keys.push(extraKey)
  return joinKeys(keys)
}

/** Map keys and list indices as one readable path: `a.b[0]`, with odd keys quoted (`types["AWS::S3::Bucket"]`). */
export function joinKeys(keys: readonly (string | number)[]): string {
  let path = ''
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(key)) path += path === '' ? key : `.${key}`
    else path += `[${JSON.stringify(key)}]`
  }
  return path === '' ? '(top level)' : path
}

function child(node: unknown, segment: string): unknown {
  if (node === null || typeof node !== 'object') return undefined
  return (node as Record<string, unknown>)[segment]
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~')
}
