import { describe, expect, test } from '@jest/globals'
import { findType, serviceByPrefix, SHIFT_PATTERNS } from '../../src/matrix/index.js'
import type { Format } from '../../src/model.js'
import { realMatrix } from './real-rules.js'

const matrix = realMatrix()

/** The format a type name belongs to, for the replacement patterns, which list bare type names. */
function formatOf(type: string): Format {
  if (type.startsWith('AWS::')) return 'cloudformation'
  return type === 'function' || type === 'provider' ? 'serverless' : 'terraform'
}

/** Every type a pattern names, with its format. */
function typesOf(pattern: (typeof SHIFT_PATTERNS)[number]): [string, Format][] {
  if (pattern.kind === 'attribute')
    return Object.entries(pattern.types).map(([type, rule]) => [type, rule.format])
  return [...pattern.selfManaged.types, ...pattern.managed.types].map(type => [type, formatOf(type)])
}

describe('SHIFT_PATTERNS', () => {
  test('ids are unique', () => {
    const ids = SHIFT_PATTERNS.map(p => p.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  test.each(SHIFT_PATTERNS.map(p => [p.id, p] as const))(
    '%s names only types the catalogue knows in their format, and rows the matrix defines',
    (_id, pattern) => {
      for (const [type, format] of typesOf(pattern)) {
        const known = findType(matrix, format, type) ?? serviceByPrefix(matrix, format, type)
        expect([format, type, known === undefined ? 'unknown' : 'known']).toEqual([format, type, 'known'])
      }
      for (const row of pattern.rows) expect(matrix.rowById.has(row)).toBe(true)
    }
  )

  test('every side an attribute pattern can reach has a reason', () => {
    for (const pattern of SHIFT_PATTERNS) {
      if (pattern.kind !== 'attribute') continue
      for (const c of pattern.cases)
        expect([pattern.id, c.side, pattern.reasons[c.side]]).toEqual([
          pattern.id,
          c.side,
          expect.any(String)
        ])
    }
  })

  test('the ways a managed resource is recognised name only its listed types', () => {
    for (const pattern of SHIFT_PATTERNS) {
      if (pattern.kind !== 'replacement') continue
      for (const way of pattern.managed.when ?? []) expect(pattern.managed.types).toContain(way.type)
    }
  })

  test('a pattern with per-format evidence has it for every format its self-managed types are in', () => {
    for (const pattern of SHIFT_PATTERNS) {
      if (pattern.kind !== 'replacement' || pattern.selfManaged.evidence === undefined) continue
      const formats = new Set(pattern.selfManaged.types.map(formatOf))
      for (const format of formats)
        expect([pattern.id, format, pattern.selfManaged.evidence[format]]).toEqual([
          pattern.id,
          format,
          expect.anything()
        ])
    }
  })

  test('covers the shifts of the reference in Terraform and CloudFormation', () => {
    const formats = (id: string) => {
      const pattern = SHIFT_PATTERNS.find(p => p.id === id)
      return pattern === undefined ? [] : [...new Set(typesOf(pattern).map(([, format]) => format))].sort()
    }
    expect(formats('auto-minor-version-upgrade')).toEqual(['cloudformation', 'terraform'])
    expect(formats('deprecated-lambda-runtime')).toEqual(['cloudformation', 'serverless', 'terraform'])
    expect(formats('lambda-runtime-updates')).toEqual(['cloudformation', 'serverless', 'terraform'])
    expect(formats('database-on-ec2-to-rds')).toEqual(['cloudformation', 'terraform'])
    expect(formats('instances-to-fargate-or-lambda')).toEqual(['cloudformation', 'serverless', 'terraform'])
    expect(formats('self-managed-nodes-to-managed-node-group')).toEqual(['cloudformation', 'terraform'])
    expect(formats('self-managed-nodes-to-fargate-profile')).toEqual(['cloudformation', 'terraform'])
  })
})
