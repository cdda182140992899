// OpenAPI 3.0 Schema Objects → JSON Schema (draft-07, as Ajv reads it by default).
// What differs and is translated: `nullable`, boolean `exclusiveMinimum`/`exclusiveMaximum`,
// `$ref` with ignored siblings, and OpenAPI-only annotations (`discriminator`, `example`, `x-*` …),
// which are dropped. Component references are handed to `onRef`, which returns the id to use.

export type Schema = Record<string, unknown>

const DROPPED = new Set([
  'discriminator',
  'example',
  'examples',
  'externalDocs',
  'xml',
  'deprecated',
  'readOnly',
  'writeOnly',
  'nullable'
])
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions'])
const SCHEMA_LISTS = new Set(['allOf', 'oneOf', 'anyOf'])
const SCHEMA_VALUES = new Set(['items', 'not', 'additionalProperties'])

export function toJsonSchema(schema: Schema, onRef: (ref: string) => string): Schema {
  if (typeof schema.$ref === 'string') {
    // In OpenAPI 3.0 the siblings of $ref are ignored; `nullable` beside it is the one common intent.
    const target = { $ref: onRef(schema.$ref) }
    return schema.nullable === true ? { anyOf: [target, { type: 'null' }] } : target
  }
  const out: Schema = {}
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED.has(key) || key.startsWith('x-')) continue
    if (SCHEMA_MAPS.has(key) && isObject(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, inner]) => [
          name,
          isObject(inner) ? toJsonSchema(inner, onRef) : inner
        ])
      )
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
      out[key] = value.map(inner => (isObject(inner) ? toJsonSchema(inner, onRef) : inner))
    } else if (SCHEMA_VALUES.has(key) && isObject(value)) {
      out[key] = toJsonSchema(value, onRef)
    } else {
      out[key] = value
    }
  }
  convertExclusiveBounds(out)
  return schema.nullable === true ? allowNull(out) : out
}

function convertExclusiveBounds(out: Schema): void {
  for (const [flag, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum']
  ] as const) {
    if (typeof out[flag] !== 'boolean') continue
    if (out[flag] === true && typeof out[bound] === 'number') {
      out[flag] = out[bound]
      delete out[bound]
    } else {
      delete out[flag]
    }
  }
}

function allowNull(out: Schema): Schema {
  if (typeof out.type === 'string') {
    const withNull: Schema = { ...out, type: [out.type, 'null'] }
    if (Array.isArray(out.enum) && !out.enum.includes(null)) withNull.enum = [...out.enum, null]
    return withNull
  }
  const constraints = Object.keys(out).filter(key => key !== 'description' && key !== 'title')
  if (constraints.length === 0) return out
  return { anyOf: [out, { type: 'null' }] }
}

/**
 * The same schema with `additionalProperties: false` on every object that lists its properties and says
 * nothing about others — but not inside `allOf`, where that would reject the other branches' properties.
 * Component references are left alone. Used to report properties GitHub would silently ignore.
 */
export function withoutUnknownProperties(schema: Schema): Schema {
  const out: Schema = { ...schema }
  if (isObject(out.properties) && out.additionalProperties === undefined && out.allOf === undefined) {
    out.additionalProperties = false
  }
  if (isObject(out.properties)) {
    out.properties = Object.fromEntries(
      Object.entries(out.properties).map(([name, inner]) => [
        name,
        isObject(inner) ? withoutUnknownProperties(inner) : inner
      ])
    )
  }
  if (isObject(out.items)) out.items = withoutUnknownProperties(out.items)
  for (const key of ['oneOf', 'anyOf'] as const) {
    const list = out[key]
    if (Array.isArray(list))
      out[key] = list.map(inner => (isObject(inner) ? withoutUnknownProperties(inner) : inner))
  }
  return out
}

function isObject(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
