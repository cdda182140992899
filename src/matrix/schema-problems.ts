import type { ErrorObject } from 'ajv'
import { keyPath } from './key-path.js'

/**
 * Turns schema errors into one line each: `file: key.path: expected …; found …`.
 * Needs a validator compiled with `allErrors` and `verbose`.
 */
export function schemaProblems(file: string, data: unknown, errors: readonly ErrorObject[]): string[] {
  return errors.filter(e => !SKIPPED.has(e.keyword)).map(e => `${file}: ${describeError(data, e)}`)
}

/** Wrapper keywords whose inner errors already say what is wrong. */
const SKIPPED = new Set(['if', 'propertyNames'])

function describeError(data: unknown, error: ErrorObject): string {
  const params = error.params as Record<string, unknown>
  if (error.keyword === 'required') {
    return `${keyPath(data, error.instancePath)}: expected key "${String(params.missingProperty)}", found none`
  }
  if (error.keyword === 'additionalProperties') {
    const key = String(params.additionalProperty)
    return `${keyPath(data, error.instancePath, key)}: unexpected key; expected one of ${allowedKeys(error)}`
  }
  if (error.propertyName !== undefined) {
    return `${keyPath(data, error.instancePath, error.propertyName)}: expected a key ${expectation(error)}; found "${error.propertyName}"`
  }
  return `${keyPath(data, error.instancePath)}: expected ${expectation(error)}; found ${found(error.data)}`
}

function expectation(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'enum':
      return `one of ${(params.allowedValues as unknown[]).map(String).join(', ')}`
    case 'const':
      return JSON.stringify(params.allowedValue)
    case 'type':
      return `a value of type ${String(params.type)}`
    case 'pattern':
      return `matching /${String(params.pattern)}/`
    case 'minItems':
      return `at least ${String(params.limit)} item(s)`
    case 'minLength':
      return `at least ${String(params.limit)} character(s)`
    case 'minProperties':
      return `at least ${String(params.limit)} key(s)`
    case 'uniqueItems':
      return `no repeated items (items ${String(params.j)} and ${String(params.i)} are equal)`
    default:
      return error.message ?? error.keyword
  }
}

function allowedKeys(error: ErrorObject): string {
  const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties
  return properties ? Object.keys(properties).join(', ') : 'the keys the schema names'
}

function found(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (Array.isArray(value)) return `a list of ${value.length} item(s)`
  if (value !== null && typeof value === 'object') return 'a map'
  const text = JSON.stringify(value)
  return text.length > 60 ? `${text.slice(0, 59)}…` : text
}
