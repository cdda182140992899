// GitHub's REST API description (OpenAPI 3.0.3, from @octokit/openapi), loaded once per process:
// route lookup by method + path, request/response validators compiled per operation and cached,
// and minimal schema-valid sample objects that the fake fills in with meaningful values.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import { toJsonSchema, withoutUnknownProperties, type Schema } from './openapi-schema.js'

const SCHEMA_ID_PREFIX = 'https://fake-github.invalid/schemas/'

export interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema?: Schema
  'x-multi-segment'?: boolean
}

export interface Operation {
  method: string
  template: string
  operationId: string
  docsUrl: string
  parameters: Parameter[]
  /** Whether a GitHub App installation token (which GITHUB_TOKEN is) may call it. */
  enabledForGitHubApps: boolean
  category: string
  hasJsonBody: boolean
  bodyRequired: boolean
  /** Response statuses the description documents. */
  statuses: string[]
  raw: Record<string, unknown>
}

export type RouteMatch =
  | { kind: 'operation'; operation: Operation; pathParams: Record<string, string> }
  | { kind: 'method-not-allowed'; template: string; allowed: string[] }
  | { kind: 'unknown' }

interface CompiledTemplate {
  template: string
  regex: RegExp
  names: string[]
  multi: boolean[]
  literalCount: number
  methods: Map<string, Operation>
}

export interface ValidationResult {
  ok: boolean
  errors: string[]
}

export interface BodyValidationResult extends ValidationResult {
  /** The `message` GitHub sends for a body that fails its schema ("Invalid request. …"). */
  githubMessage: string
}

interface Description {
  paths: Record<string, Record<string, unknown>>
  components: {
    schemas: Record<string, Schema>
    parameters: Record<string, Parameter>
    responses: Record<string, Record<string, unknown>>
  }
}

let shared: OpenApi | undefined
let lastLoadMs = 0

/** The process-wide description; the first call reads and indexes it (see `descriptionLoadMs`). */
export function getOpenApi(): OpenApi {
  if (!shared) {
    const started = performance.now()
    shared = new OpenApi(readDescription())
    lastLoadMs = performance.now() - started
  }
  return shared
}

/** How long reading, parsing and indexing the description took in this process (0 before the first use). */
export function descriptionLoadMs(): number {
  return lastLoadMs
}

function readDescription(): Description {
  const require = createRequire(import.meta.url)
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json')
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Description & { openapi: string }
  if (!parsed.openapi.startsWith('3.0.')) throw new Error(`expected OpenAPI 3.0.x, found ${parsed.openapi}`)
  return parsed
}

function formatErrors(errors: ErrorObject[] | null | undefined, root: string): string[] {
  return (errors ?? []).map(error => {
    const where = `${root}${error.instancePath}`
    const params = error.params as Record<string, unknown>
    if (error.keyword === 'required')
      return `${where}: missing required property "${String(params.missingProperty)}"`
    if (error.keyword === 'additionalProperties')
      return `${where}: unknown property "${String(params.additionalProperty)}"`
    if (error.keyword === 'enum')
      return `${where}: must be one of ${JSON.stringify(params.allowedValues)}, got ${JSON.stringify(error.data)}`
    return `${where}: ${error.message ?? error.keyword}`
  })
}

/**
 * GitHub's wording for schema failures, as seen in its 422 answers: `"head_sha" wasn't supplied.`,
 * `No more than 50 items are allowed; 51 were supplied.`, `Only 65535 characters are allowed; …`;
 * other failures are phrased `For 'properties/<name>', <value> is not …` (close to, not exactly, GitHub's text).
 */
export function invalidRequestMessage(errors: ErrorObject[]): string {
  const lines: string[] = []
  const missing = new Map<string, string[]>()
  for (const error of errors) {
    const params = error.params as Record<string, unknown>
    if (error.keyword === 'required') {
      const names = missing.get(error.instancePath) ?? []
      names.push(`"${String(params.missingProperty)}"`)
      missing.set(error.instancePath, names)
      continue
    }
    const where = `properties/${error.instancePath.split('/').filter(Boolean).join('/')}`
    const data = error.data
    if (error.keyword === 'maxItems')
      lines.push(
        `No more than ${String(params.limit)} items are allowed; ${(data as unknown[]).length} were supplied.`
      )
    else if (error.keyword === 'maxLength')
      lines.push(
        `Only ${String(params.limit)} characters are allowed; ${[...String(data)].length} were supplied.`
      )
    else if (error.keyword === 'enum')
      lines.push(
        `For '${where}', ${JSON.stringify(data)} is not a member of ${JSON.stringify(params.allowedValues)}.`
      )
    else if (error.keyword === 'type')
      lines.push(`For '${where}', ${JSON.stringify(data) ?? 'nil'} is not ${article(String(params.type))}.`)
    else if (!['anyOf', 'oneOf', 'if'].includes(error.keyword))
      lines.push(`For '${where}', ${JSON.stringify(data)} ${error.message ?? 'is invalid'}.`)
  }
  for (const names of missing.values())
    lines.unshift(
      names.length === 1 ? `${names[0]} wasn't supplied.` : `${names.join(', ')} weren't supplied.`
    )
  return `Invalid request.\n\n${[...new Set(lines)].join('\n')}`
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`
}

const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/
const formats = {
  'date-time': (value: string) => dateTime.test(value) && !Number.isNaN(Date.parse(value)),
  date: /^\d{4}-\d{2}-\d{2}$/,
  uri: /^[a-z][a-z0-9+.-]*:\S*$/i,
  email: /^[^\s@]+@[^\s@]+$/,
  'repo.nwo': /^[^/\s]+\/[^/\s]+$/,
  // Formats that describe numbers or opaque text: accepted as they are, on purpose.
  'uri-template': true,
  binary: true,
  int32: { type: 'number', validate: () => true },
  int64: { type: 'number', validate: () => true },
  double: { type: 'number', validate: () => true },
  timestamp: { type: 'number', validate: () => true }
} as const

function newAjv(coerceTypes: boolean): Ajv {
  return new Ajv({
    strict: false,
    allErrors: true,
    verbose: true,
    validateSchema: false,
    allowUnionTypes: true,
    coerceTypes,
    formats
  })
}

export class OpenApi {
  private readonly templates: CompiledTemplate[] = []
  private readonly byId = new Map<string, Operation>()
  private readonly ajv = newAjv(false)
  private readonly paramAjv = newAjv(true)
  private readonly added = new Set<string>()
  private readonly validators = new Map<string, ValidateFunction | null>()

  constructor(private readonly description: Description) {
    for (const [template, item] of Object.entries(description.paths)) this.index(template, item)
  }

  operation(operationId: string): Operation {
    const operation = this.byId.get(operationId)
    if (!operation) throw new Error(`no operation ${operationId} in the description`)
    return operation
  }

  match(method: string, pathname: string): RouteMatch {
    const segments = pathname.split('/').slice(1)
    let best: { compiled: CompiledTemplate; values: string[] } | undefined
    for (const compiled of this.templates) {
      const found = compiled.regex.exec(pathname)
      if (!found) continue
      if (!best || compiled.literalCount > best.compiled.literalCount)
        best = { compiled, values: found.slice(1) }
    }
    if (!best || segments.some(segment => segment === '')) return { kind: 'unknown' }
    const operation = best.compiled.methods.get(method.toLowerCase())
    if (!operation)
      return {
        kind: 'method-not-allowed',
        template: best.compiled.template,
        allowed: [...best.compiled.methods.keys()]
      }
    const pathParams: Record<string, string> = {}
    best.compiled.names.forEach((name, i) => {
      const value = best.values[i] ?? ''
      pathParams[name] = best.compiled.multi[i]
        ? value.split('/').map(safeDecode).join('/')
        : safeDecode(value)
    })
    return { kind: 'operation', operation, pathParams }
  }

  /** Path and query parameters against their schemas (strings coerced the way a server reads them). */
  validateParameters(
    operation: Operation,
    pathParams: Record<string, string>,
    query: Record<string, string>
  ): ValidationResult & { unknownQuery: string[] } {
    const errors: string[] = []
    for (const where of ['path', 'query'] as const) {
      const validate = this.parameterValidator(operation, where)
      const values = { ...(where === 'path' ? pathParams : query) }
      if (!validate(values)) errors.push(...formatErrors(validate.errors, where))
    }
    const known = new Set(operation.parameters.filter(p => p.in === 'query').map(p => p.name))
    const unknownQuery = Object.keys(query).filter(name => !known.has(name))
    return { ok: errors.length === 0, errors, unknownQuery }
  }

  /** The JSON body against the operation's requestBody schema, as GitHub checks it. */
  validateBody(operation: Operation, body: unknown): BodyValidationResult {
    const validate = this.bodyValidator(operation, false)
    if (!validate || validate(body)) return { ok: true, errors: [], githubMessage: '' }
    return {
      ok: false,
      errors: formatErrors(validate.errors, 'body'),
      githubMessage: invalidRequestMessage(validate.errors ?? [])
    }
  }

  /** Body properties the schema does not name: GitHub ignores them, so they are silently lost. */
  unknownBodyProperties(operation: Operation, body: unknown): string[] {
    const validate = this.bodyValidator(operation, true)
    if (!validate || validate(body)) return []
    return formatErrors(
      (validate.errors ?? []).filter(e => e.keyword === 'additionalProperties'),
      'body'
    )
  }

  /** A response body against the schema documented for its status; null when none is documented. */
  validateResponse(operation: Operation, status: number, body: unknown): ValidationResult | null {
    const key = `response ${operation.operationId} ${status}`
    let validate = this.validators.get(key)
    if (validate === undefined) {
      const schema = this.responseSchema(operation, status)
      validate = schema ? this.compile(schema) : null
      this.validators.set(key, validate)
    }
    if (!validate) return null
    return validate(body)
      ? { ok: true, errors: [] }
      : { ok: false, errors: formatErrors(validate.errors, 'response') }
  }

  /** Validates against a named component schema, e.g. `basic-error`. */
  validateComponent(name: string, value: unknown): ValidationResult {
    const key = `component ${name}`
    let validate = this.validators.get(key)
    if (!validate) {
      validate = this.compile({ $ref: `#/components/schemas/${name}` })
      this.validators.set(key, validate)
    }
    return validate(value)
      ? { ok: true, errors: [] }
      : { ok: false, errors: formatErrors(validate.errors, name) }
  }

  /** A minimal value valid against the component schema: required properties only, first choices. */
  sample(name: string): unknown {
    return sampleComponent(name, this.description.components.schemas, [])
  }

  private index(template: string, item: Record<string, unknown>): void {
    const shared = (item.parameters as Parameter[] | undefined) ?? []
    const names: string[] = []
    const multi: boolean[] = []
    const methods = new Map<string, Operation>()
    for (const [method, value] of Object.entries(item)) {
      if (!['get', 'put', 'post', 'patch', 'delete', 'head', 'options'].includes(method)) continue
      const raw = value as Record<string, unknown>
      const parameters = [...shared, ...((raw.parameters as Parameter[] | undefined) ?? [])].map(p =>
        this.resolveParameter(p)
      )
      const xGithub = (raw['x-github'] ?? {}) as Record<string, unknown>
      const requestBody = this.resolveRef(raw.requestBody) as Record<string, unknown> | undefined
      const content = (requestBody?.content ?? {}) as Record<string, unknown>
      const operation: Operation = {
        method: method.toUpperCase(),
        template,
        operationId: String(raw.operationId),
        docsUrl: String(
          (raw.externalDocs as { url?: string } | undefined)?.url ?? 'https://docs.github.com/rest'
        ),
        parameters,
        enabledForGitHubApps: xGithub.enabledForGitHubApps !== false,
        category: String(xGithub.category ?? ''),
        hasJsonBody: 'application/json' in content,
        bodyRequired: requestBody?.required === true,
        statuses: Object.keys((raw.responses ?? {}) as object),
        raw
      }
      methods.set(method, operation)
      this.byId.set(operation.operationId, operation)
    }
    const anyOperation = [...methods.values()][0]
    let pattern = '^'
    let literalCount = 0
    for (const segment of template.split('/').slice(1)) {
      const param = /^\{(.+)\}$/.exec(segment)
      if (!param) {
        pattern += '/' + escapeRegex(segment)
        literalCount++
        continue
      }
      const name = param[1] ?? ''
      const isMulti =
        anyOperation?.parameters.some(p => p.name === name && p['x-multi-segment'] === true) ?? false
      names.push(name)
      multi.push(isMulti)
      pattern += isMulti ? '/(.+)' : '/([^/]+)'
    }
    this.templates.push({ template, regex: new RegExp(pattern + '$'), names, multi, literalCount, methods })
  }

  private resolveRef(value: unknown): unknown {
    let current = value
    for (let i = 0; i < 10; i++) {
      const ref = (current as { $ref?: unknown } | undefined)?.$ref
      if (typeof ref !== 'string') return current
      const [, kind, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(ref) ?? []
      current = (this.description.components as unknown as Record<string, Record<string, unknown>>)[
        kind ?? ''
      ]?.[name ?? '']
    }
    return current
  }

  private resolveParameter(parameter: Parameter): Parameter {
    return this.resolveRef(parameter) as Parameter
  }

  private parameterValidator(operation: Operation, where: 'path' | 'query'): ValidateFunction {
    const key = `${where} ${operation.operationId}`
    const cached = this.validators.get(key)
    if (cached) return cached
    const params = operation.parameters.filter(p => p.in === where)
    const schema = {
      type: 'object',
      properties: Object.fromEntries(params.map(p => [p.name, p.schema ?? {}])),
      required: params.filter(p => p.required).map(p => p.name)
    }
    const validate = this.compile(schema, this.paramAjv)
    this.validators.set(key, validate)
    return validate
  }

  private bodyValidator(operation: Operation, strictProperties: boolean): ValidateFunction | null {
    const key = `${strictProperties ? 'strict-body' : 'body'} ${operation.operationId}`
    const cached = this.validators.get(key)
    if (cached !== undefined) return cached
    const requestBody = this.resolveRef(operation.raw.requestBody) as Record<string, unknown> | undefined
    const content = (requestBody?.content ?? {}) as Record<string, { schema?: Schema }>
    const schema = content['application/json']?.schema
    const validate = schema ? this.compile(schema, this.ajv, strictProperties) : null
    this.validators.set(key, validate)
    return validate
  }

  private responseSchema(operation: Operation, status: number): Schema | undefined {
    const responses = (operation.raw.responses ?? {}) as Record<string, unknown>
    const response = this.resolveRef(responses[String(status)]) as Record<string, unknown> | undefined
    const content = (response?.content ?? {}) as Record<string, { schema?: Schema }>
    return content['application/json']?.schema
  }

  private compile(schema: Schema, ajv: Ajv = this.ajv, strictProperties = false): ValidateFunction {
    const converted = toJsonSchema(schema, ref => this.addComponent(ref, ajv))
    return ajv.compile(strictProperties ? withoutUnknownProperties(converted) : converted)
  }

  /** Registers a component schema (and, lazily, those it refers to) under an absolute id. */
  private addComponent(ref: string, ajv: Ajv): string {
    const name = /^#\/components\/schemas\/(.+)$/.exec(ref)?.[1]
    if (!name) throw new Error(`unsupported $ref ${ref}`)
    const id = SCHEMA_ID_PREFIX + encodeURIComponent(name)
    const key = `${ajv === this.ajv ? 'main' : 'param'} ${id}`
    if (!this.added.has(key)) {
      this.added.add(key)
      const source = this.description.components.schemas[name]
      if (!source) throw new Error(`no component schema ${name}`)
      ajv.addSchema({ $id: id, ...toJsonSchema(source, inner => this.addComponent(inner, ajv)) })
    }
    return id
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const sampleCache = new Map<string, unknown>()

/** A sample of a component, ignoring `nullable` on the component itself; nested nullable values are null. */
function sampleComponent(name: string, components: Record<string, Schema>, seen: string[]): unknown {
  if (!sampleCache.has(name)) {
    const target = components[name]
    if (!target) throw new Error(`no component schema ${name}`)
    sampleCache.set(name, sampleSchema({ ...target, nullable: false }, components, [...seen, name]))
  }
  return structuredClone(sampleCache.get(name))
}

function sampleSchema(schema: Schema, components: Record<string, Schema>, seen: string[]): unknown {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/components/schemas/', '')
    if (seen.includes(name) || components[name]?.nullable === true) return null
    return sampleComponent(name, components, seen)
  }
  if (schema.nullable === true) return null
  if (Array.isArray(schema.enum)) return schema.enum[0]
  if (Array.isArray(schema.allOf)) {
    return (schema.allOf as Schema[]).reduce<Record<string, unknown>>(
      (merged, part) => ({ ...merged, ...(sampleSchema(part, components, seen) as Record<string, unknown>) }),
      {}
    )
  }
  const choices = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined
  if (Array.isArray(choices) && choices[0]) return sampleSchema(choices[0], components, seen)
  switch (schema.type) {
    case 'string':
      return sampleString(schema)
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 0
    case 'boolean':
      return false
    case 'array':
      return []
    default: {
      const properties = (schema.properties ?? {}) as Record<string, Schema>
      const required = (schema.required ?? []) as string[]
      return Object.fromEntries(
        required.map(name => [name, sampleSchema(properties[name] ?? {}, components, seen)])
      )
    }
  }
}

function sampleString(schema: Schema): string {
  switch (schema.format) {
    case 'date-time':
      return '2024-01-01T00:00:00Z'
    case 'date':
      return '2024-01-01'
    case 'uri':
      return 'https://example.invalid/'
    case 'email':
      return 'nobody@example.invalid'
    case 'repo.nwo':
      return 'owner/repo'
    default:
      return typeof schema.minLength === 'number' ? 'x'.repeat(schema.minLength) : ''
  }
}
