import { describe, expect, test } from '@jest/globals'
import { Ajv } from 'ajv'
import { toJsonSchema, withoutUnknownProperties, type Schema } from './openapi-schema.js'

const noRefs = (ref: string): string => {
  throw new Error(`unexpected ref ${ref}`)
}

function accepts(schema: Schema, value: unknown): boolean {
  return new Ajv({ strict: false, allowUnionTypes: true }).validate(toJsonSchema(schema, noRefs), value)
}

describe('toJsonSchema', () => {
  test('nullable with a type admits null, also in an enum', () => {
    const schema = { type: 'string', enum: ['LEFT', 'RIGHT'], nullable: true }
    expect(accepts(schema, null)).toBe(true)
    expect(accepts(schema, 'LEFT')).toBe(true)
    expect(accepts(schema, 'UP')).toBe(false)
    expect(accepts({ type: 'string' }, null)).toBe(false)
  })

  test('nullable without a type wraps the schema in anyOf null', () => {
    const schema = { nullable: true, anyOf: [{ type: 'integer' }, { type: 'string' }] }
    expect(accepts(schema, null)).toBe(true)
    expect(accepts(schema, 3)).toBe(true)
    expect(accepts(schema, true)).toBe(false)
    expect(accepts({ nullable: true }, { anything: 1 })).toBe(true)
  })

  test('$ref goes through onRef; nullable beside it is honoured, other siblings are not', () => {
    const converted = toJsonSchema(
      { $ref: '#/components/schemas/user', nullable: true, description: 'x' },
      ref => `id:${ref}`
    )
    expect(converted).toEqual({ anyOf: [{ $ref: 'id:#/components/schemas/user' }, { type: 'null' }] })
  })

  test('boolean exclusive bounds become numeric ones; OpenAPI-only keywords are dropped', () => {
    const converted = toJsonSchema(
      { type: 'integer', minimum: 0, exclusiveMinimum: true, example: 3, 'x-github': {}, discriminator: {} },
      noRefs
    )
    expect(converted).toEqual({ type: 'integer', exclusiveMinimum: 0 })
  })

  test('nested schemas in properties, items, allOf and additionalProperties are converted', () => {
    const schema = {
      type: 'object',
      properties: { list: { type: 'array', items: { type: 'integer', nullable: true } } },
      additionalProperties: { type: 'string', nullable: true },
      allOf: [{ properties: { a: { type: 'string', nullable: true } } }]
    }
    expect(accepts(schema, { list: [1, null], other: null, a: null })).toBe(true)
    expect(accepts(schema, { list: ['x'] })).toBe(false)
  })
})

describe('withoutUnknownProperties', () => {
  test('closes objects that list their properties, recursively, except allOf parts', () => {
    const schema = toJsonSchema(
      {
        type: 'object',
        properties: { output: { type: 'object', properties: { title: { type: 'string' } } } },
        allOf: [{ properties: { x: {} } }]
      },
      noRefs
    )
    const strict = withoutUnknownProperties({ ...schema, allOf: undefined })
    const ajv = new Ajv({ strict: false })
    expect(ajv.validate(strict, { output: { title: 't' } })).toBe(true)
    expect(ajv.validate(strict, { output: { title: 't', extra: 1 } })).toBe(false)
    expect(ajv.validate(strict, { headSha: 'x' })).toBe(false)
    expect(withoutUnknownProperties(schema).additionalProperties).toBeUndefined()
  })
})
