import { describe, expect, test } from '@jest/globals'
import { classifyChange, findType, isAwsType, SERVICE_CATEGORIES } from '../../src/matrix/index.js'
import type { Classification } from '../../src/matrix/index.js'
import { LIST_FILES, typeList, type ListFormat } from './catalogue-lists.js'
import { realMatrix } from './real-rules.js'

const matrix = realMatrix()
const FORMATS = Object.keys(LIST_FILES) as ListFormat[]
const AWS_CATEGORIES = SERVICE_CATEGORIES.filter(c => c !== 'workload')

function added(format: ListFormat, type: string): Classification {
  return classifyChange(matrix, { type, format, change: 'added', attributes: [] })
}

/** Why a type's classification is not a stated service, or undefined when it is. */
function whyNotStated(format: ListFormat, type: string): string | undefined {
  const result = added(format, type)
  if (!matrix.services.has(result.service)) return `${type}: service "${result.service}" (${result.basis})`
  if (!(AWS_CATEGORIES as string[]).includes(result.category)) return `${type}: category ${result.category}`
  if (result.rows.length === 0) return `${type}: no rows`
  return undefined
}

describe.each(FORMATS)('the %s type list', format => {
  const list = typeList(format)

  test('is sorted, without repeats, and its count is its length', () => {
    expect(list.types).toEqual([...new Set(list.types)].sort())
    expect(list.count).toBe(list.types.length)
    expect(list.format).toBe(format)
  })

  test('names the package and version it was generated from', () => {
    expect(list.source.package).toMatch(/^@(cdktf|aws-cdk)\//)
    expect(list.source.version).toMatch(/^\d+\.\d+\.\d+$/)
    expect(list.generatedBy).toContain('npm run catalogue')
    if (format === 'terraform') expect(list.source.providerVersion).toMatch(/^\d+\.\d+\.\d+$/)
  })

  test('holds AWS resource types only, a plausible number of them', () => {
    expect(list.types.filter(type => !isAwsType(format, type))).toEqual([])
    expect(list.types.length).toBeGreaterThan(1000)
  })

  test('every type classifies to a known service, with a category and at least one row', () => {
    const unmapped = list.types.map(type => whyNotStated(format, type)).filter(why => why !== undefined)
    expect(unmapped).toEqual([])
  })

  test('every type is classified from the catalogue or by its service prefix', () => {
    const bases = new Set(list.types.map(type => added(format, type).basis))
    expect([...bases].sort()).toEqual(['catalogue', 'service-prefix'])
  })
})

describe('the services catalogue against the lists', () => {
  const known = Object.fromEntries(FORMATS.map(f => [f, new Set(typeList(f).types)])) as Record<
    ListFormat,
    Set<string>
  >

  test('lists by name only types the packages know (no misspelt type)', () => {
    const unknown = [...matrix.types.values()]
      .filter(t => t.format in known && !known[t.format as ListFormat].has(t.type))
      .map(t => `${t.service}: ${t.format} ${t.type}`)
    expect(unknown).toEqual([])
  })

  test('every prefix claims at least one listed type (no misspelt prefix)', () => {
    const dead = [...matrix.services.values()].flatMap(service =>
      FORMATS.flatMap(format =>
        (service.prefixes.get(format) ?? [])
          .filter(prefix => ![...known[format]].some(type => type.startsWith(prefix)))
          .map(prefix => `${service.id}: ${format} ${prefix}`)
      )
    )
    expect(dead).toEqual([])
  })

  test('a Terraform prefix matches whole words: aws_vpc claims aws_vpc_endpoint, not aws_vpclattice_service', () => {
    const partial = typeList('terraform')
      .types.filter(type => added('terraform', type).basis === 'service-prefix')
      .flatMap(type => {
        const service = matrix.services.get(added('terraform', type).service)
        const prefix = (service?.prefixes.get('terraform') ?? [])
          .filter(p => type.startsWith(p))
          .sort((a, b) => b.length - a.length)[0] as string
        const boundary = prefix.endsWith('_') || type.length === prefix.length || type[prefix.length] === '_'
        return boundary ? [] : [`${type} by ${prefix} (${service?.id})`]
      })
    expect(partial).toEqual([])
  })

  test('CloudFormation twins of catalogued Terraform types sit under the same service', () => {
    const twins: [string, string][] = [
      ['AWS::S3::Bucket', 'aws_s3_bucket'],
      ['AWS::RDS::DBInstance', 'aws_db_instance'],
      ['AWS::EC2::Instance', 'aws_instance'],
      ['AWS::EC2::SecurityGroup', 'aws_security_group'],
      ['AWS::Lambda::Function', 'aws_lambda_function'],
      ['AWS::KMS::Key', 'aws_kms_key'],
      ['AWS::CloudTrail::Trail', 'aws_cloudtrail'],
      ['AWS::ElasticLoadBalancingV2::Listener', 'aws_lb_listener']
    ]
    for (const [cfn, tf] of twins) {
      const [a, b] = [findType(matrix, 'cloudformation', cfn), findType(matrix, 'terraform', tf)]
      expect([cfn, a?.service, a?.rows]).toEqual([cfn, b?.service, b?.rows])
    }
  })
})
