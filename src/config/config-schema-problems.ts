import type { ErrorObject, ValidateFunction } from 'ajv'
import schema from '../../rules/schema/config.schema.json' with { type: 'json' }
import { validate } from '../validators/validate-config.js'
import type { ConfigProblem } from './config-file-error.js'
import { didYouMean } from './did-you-mean.js'
import { keyPathOf, pointerKeys, type Keys } from './key-path.js'

/** The schema's validator, generated when Demarc is built (scripts/generate-validators.mjs). */
const validator = validate as unknown as ValidateFunction

/** What a missing key is for, so the message says why it is required. */
const REQUIRED_BECAUSE: Record<string, string> = {
  version: 'write version: 1',
  rule: 'the id of the control to ignore, or a list of ids',
  paths: 'globs of the files whose findings are ignored (** for all)',
  reason: 'an ignore must say why the findings do not count'
}

/** The schema's patterns in words. */
const PATTERN_WORDS: Record<string, string> = {
  [schema.definitions.date.pattern]: 'a date written YYYY-MM-DD',
  [schema.definitions.repoPath.pattern]: "a folder relative to the repository root (no leading '/', no '..')",
  [schema.definitions.ignoreEntry.properties.reason.pattern]: 'some text, not only spaces'
}

/** Checks the parsed file against the schema: one problem per real error, each naming its key path. */
export function configSchemaProblems(file: string, data: unknown): ConfigProblem[] {
  if (validator(data)) return []
  return relevant(validator.errors ?? []).map(error => {
    const { keys, message } = describe(data, error)
    return { file, path: keyPathOf(keys), message }
  })
}

/** Drops the echoes: the `propertyNames` wrapper and the branches of a failed `oneOf`. */
function relevant(errors: ErrorObject[]): ErrorObject[] {
  const oneOfs = errors.filter(e => e.keyword === 'oneOf')
  return errors.filter(
    e =>
      e.keyword !== 'propertyNames' &&
      !oneOfs.some(
        o => o !== e && e.instancePath === o.instancePath && e.schemaPath.startsWith(`${o.schemaPath}/`)
      )
  )
}

function describe(data: unknown, error: ErrorObject): { keys: Keys; message: string } {
  const keys = pointerKeys(data, error.instancePath)
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'required': {
      const key = String(params.missingProperty)
      const because = REQUIRED_BECAUSE[key]
      return { keys: [...keys, key], message: `missing${because === undefined ? '' : `: ${because}`}` }
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty)
      const known = Object.keys((error.parentSchema?.properties ?? {}) as object)
      return {
        keys: [...keys, key],
        message: `unknown key${didYouMean(key, known)}; expected one of ${known.join(', ')}`
      }
    }
    default:
      return {
        keys: error.propertyName === undefined ? keys : [...keys, error.propertyName],
        message: value(error)
      }
  }
}

function value(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>
  const found = kindOf(error.data)
  switch (error.keyword) {
    case 'type':
      return `expected ${typeWords(String(params.type))}, found ${found}`
    case 'enum':
      return `expected one of ${(params.allowedValues as unknown[]).join(', ')}, found ${found}`
    case 'const':
      return `expected ${JSON.stringify(params.allowedValue)}, found ${found}`
    case 'pattern':
      return `expected ${PATTERN_WORDS[String(params.pattern)] ?? `a string matching ${String(params.pattern)}`}, found ${found}`
    case 'oneOf':
      return `expected a rule id or a list of rule ids, found ${found}`
    default:
      return limit(error.keyword, params, error.data) ?? error.message ?? error.keyword
  }
}

function limit(keyword: string, params: Record<string, unknown>, data: unknown): string | undefined {
  const n = Number(params.limit)
  const size = typeof data === 'string' || Array.isArray(data) ? data.length : 0
  switch (keyword) {
    case 'minLength':
      return 'must not be empty'
    case 'maxLength':
      return `expected at most ${n} characters, found ${size}`
    case 'minItems':
      return `expected at least ${n} item${n === 1 ? '' : 's'}, found none`
    case 'minProperties':
      return 'expected enabled: false or a severity, found an empty map'
    case 'uniqueItems':
      return `items ${String(params.j)} and ${String(params.i)} are the same`
    default:
      return undefined
  }
}

function typeWords(type: string): string {
  const words: Record<string, string> = {
    object: 'a map',
    array: 'a list',
    string: 'a string',
    boolean: 'true or false',
    integer: 'a whole number',
    number: 'a number'
  }
  return type
    .split(',')
    .map(t => words[t] ?? t)
    .join(' or ')
}

function kindOf(data: unknown): string {
  if (data === null || data === undefined) return 'nothing'
  if (Array.isArray(data)) return 'a list'
  if (typeof data === 'object') return 'a map'
  const text = JSON.stringify(data)
  return text.length > 60 ? `${text.slice(0, 59)}…` : text
}
