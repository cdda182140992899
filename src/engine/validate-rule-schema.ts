import type { ErrorObject, ValidateFunction } from 'ajv'
import { validate } from '../validators/validate-rule.js'
import { CONDITION_KINDS, OPERATORS } from './condition-syntax.js'
import { keyPathOf } from './key-path.js'
import type { RuleProblem } from './rule-file-error.js'

/** The schema's validator (`rules/schema/rule.schema.json`), generated when Demarc is built (scripts/generate-validators.mjs). */
const validator = validate as unknown as ValidateFunction

/** Checks a parsed rule file against the schema; one readable problem per real error. */
export function schemaProblems(file: string, data: unknown): RuleProblem[] {
  if (validator(data)) return []
  const errors = validator.errors ?? []
  return relevant(errors).map(error => ({
    file,
    path: keyPathOf(error.instancePath),
    message: describeError(error)
  }))
}

/** Drops the echoes: `if` wrappers, the inner `enum` of `propertyNames`, branches of a failed `oneOf`. */
function relevant(errors: ErrorObject[]): ErrorObject[] {
  const oneOfs = errors.filter(e => e.keyword === 'oneOf')
  return errors.filter(e => {
    if (e.keyword === 'if') return false
    if (e.keyword !== 'propertyNames' && 'propertyName' in e) return false
    return !oneOfs.some(
      o => o !== e && e.instancePath === o.instancePath && e.schemaPath.startsWith(`${o.schemaPath}/`)
    )
  })
}

function describeError(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>
  const data: unknown = error.data
  switch (error.keyword) {
    case 'required':
      return `missing required key '${String(params.missingProperty)}'`
    case 'additionalProperties': {
      const known = Object.keys((error.parentSchema?.properties ?? {}) as object)
      return `unknown key '${String(params.additionalProperty)}' (expected one of ${known.join(', ')})`
    }
    case 'propertyNames':
      return unknownConditionKey(String(params.propertyName), data)
    case 'type':
      return `expected ${String(params.type).split(',').join(' or ')}, found ${kindOf(data)}`
    case 'enum':
      return `expected one of ${(params.allowedValues as unknown[]).join(', ')}, found ${JSON.stringify(data)}`
    case 'pattern':
      return `expected a string matching ${String(params.pattern)}, found ${JSON.stringify(data)}`
    case 'oneOf':
      return `expected ${String(error.parentSchema?.description ?? 'one of the allowed forms')}, found ${kindOf(data)}`
    default:
      return limitMessage(error.keyword, params, data) ?? error.message ?? error.keyword
  }
}

function unknownConditionKey(key: string, data: unknown): string {
  if (data !== null && typeof data === 'object' && 'attr' in data) {
    return `unknown operator '${key}' (expected one of ${OPERATORS.join(', ')})`
  }
  return `unknown key '${key}' (expected one of ${CONDITION_KINDS.join(', ')})`
}

function limitMessage(keyword: string, params: Record<string, unknown>, data: unknown): string | undefined {
  const limit = Number(params.limit)
  const size = typeof data === 'string' || Array.isArray(data) ? data.length : 0
  switch (keyword) {
    case 'minLength':
      return size === 0 ? 'must not be empty' : `expected at least ${limit} characters, found ${size}`
    case 'maxLength':
      return `expected at most ${limit} characters, found ${size}`
    case 'minItems':
      return `expected at least ${limit} item${limit === 1 ? '' : 's'}, found ${size}`
    case 'minProperties':
      return `expected at least ${limit} key${limit === 1 ? '' : 's'}, found none`
    case 'uniqueItems':
      return `items ${String(params.j)} and ${String(params.i)} are the same`
    default:
      return undefined
  }
}

function kindOf(data: unknown): string {
  if (data === null) return 'null'
  if (Array.isArray(data)) return 'array'
  if (typeof data === 'object') return 'object'
  return `${typeof data} ${JSON.stringify(data)}`
}
