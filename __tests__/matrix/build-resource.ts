import { parseCloudFormationUnit } from '../../src/formats/cloudformation/index.js'
import { parseServerlessUnit } from '../../src/formats/serverless/index.js'
import { parseTerraformUnit } from '../../src/formats/terraform/index.js'
import type { Format, MapValue, Resource, Span, Value } from '../../src/model.js'

/** An expression static analysis cannot settle, for {@link resource} bodies. */
export interface UnknownInput {
  unknown: string
  refs?: string[]
}

export type Input = string | number | boolean | null | UnknownInput | Input[] | { [key: string]: Input }

export function unknown(expr: string, refs?: string[]): UnknownInput {
  return refs ? { unknown: expr, refs } : { unknown: expr }
}

export interface Place {
  unit?: string
  file?: string
  line?: number
}

/**
 * A Terraform resource built by hand: `aws_db_instance.main` in unit `db`,
 * file `db/main.tf`, starting at `line` (default 1); each top-level attribute
 * sits on its own line below it, in the order given.
 */
export function resource(
  type: string,
  name: string,
  body: Record<string, Input>,
  place: Place = {}
): Resource {
  const unit = place.unit ?? 'db'
  const address = `${type}.${name}`
  const file = place.file ?? `${unit}/main.tf`
  return built('terraform', type, { address, key: `${unit}//${address}`, file }, body, place.line ?? 1)
}

/**
 * A CloudFormation resource built by hand: logical id `logicalId` in
 * `stack/template.yaml` (its own unit), laid out like {@link resource}.
 */
export function cfnResource(
  type: string,
  logicalId: string,
  body: Record<string, Input>,
  place: { file?: string; line?: number } = {}
): Resource {
  const file = place.file ?? 'stack/template.yaml'
  return built(
    'cloudformation',
    type,
    { address: logicalId, key: `${file}//${logicalId}`, file },
    body,
    place.line ?? 1
  )
}

/** A serverless.yml function (`functions.<name>`) or the provider (`provider`), laid out like {@link resource}. */
export function slsResource(
  type: 'function' | 'provider',
  name: string,
  body: Record<string, Input>,
  place: { file?: string; line?: number } = {}
): Resource {
  const file = place.file ?? 'svc/serverless.yml'
  const address = type === 'provider' ? 'provider' : `functions.${name}`
  return built('serverless', type, { address, key: `${file}//${address}`, file }, body, place.line ?? 1)
}

function built(
  format: Format,
  type: string,
  where: { address: string; key: string; file: string },
  body: Record<string, Input>,
  line: number
): Resource {
  const entries = new Map<string, Value>()
  Object.entries(body).forEach(([key, input], i) => entries.set(key, toValue(input, line + i + 1)))
  const end = line + entries.size + 1
  return {
    ...where,
    format,
    type,
    span: span(line, end),
    body: { kind: 'map', entries, span: span(line, end) }
  }
}

function toValue(input: Input, line: number): Value {
  const at = span(line, line)
  if (input === null) return { kind: 'null', span: at }
  if (typeof input === 'string') return { kind: 'string', value: input, span: at }
  if (typeof input === 'number') return { kind: 'number', value: input, span: at }
  if (typeof input === 'boolean') return { kind: 'bool', value: input, span: at }
  if (Array.isArray(input)) return { kind: 'list', items: input.map(i => toValue(i, line)), span: at }
  if (isUnknown(input))
    return { kind: 'unknown', expr: input.unknown, span: at, ...(input.refs ? { refs: input.refs } : {}) }
  const entries = new Map(Object.entries(input).map(([k, v]) => [k, toValue(v, line)]))
  return { kind: 'map', entries, span: at } satisfies MapValue
}

function isUnknown(input: object): input is UnknownInput {
  return 'unknown' in input && typeof (input as UnknownInput).unknown === 'string'
}

function span(line: number, endLine: number): Span {
  return { line, column: 1, endLine, endColumn: 1 }
}

/** The resources of a CloudFormation or SAM template, parsed by the real parser; parse errors fail the test. */
export function parseTemplate(text: string, file = 'stack/template.yaml'): Resource[] {
  return parsedOrThrow(parseCloudFormationUnit(file, [{ path: file, text }]))
}

/** The resources of one Terraform module directory, `<unit>/main.tf`, parsed by the real parser. */
export function parseTerraform(text: string, unit = 'app'): Resource[] {
  return parsedOrThrow(parseTerraformUnit(unit, [{ path: `${unit}/main.tf`, text }]))
}

/** The resources of a serverless.yml, parsed by the real parser. */
export function parseServerless(text: string, file = 'svc/serverless.yml'): Resource[] {
  return parsedOrThrow(parseServerlessUnit(file, [{ path: file, text }]))
}

function parsedOrThrow(output: {
  resources: Resource[]
  errors: { message: string; line?: number }[]
}): Resource[] {
  if (output.errors.length > 0) {
    throw new Error(`parse errors: ${output.errors.map(e => `${e.line}: ${e.message}`).join('; ')}`)
  }
  return output.resources
}
