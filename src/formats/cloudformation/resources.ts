import type { MapValue, Resource, ScanError, Span, Value } from '../../model.js'
import { describeKind } from './describe-kind.js'
import type { EvalContext } from './evaluate/context.js'
import { evaluate } from './evaluate/evaluate.js'
import { NO_VALUE } from './evaluate/results.js'
import { resourceAttributes } from './resource-attributes.js'
import { mergeGlobals, readGlobals } from './sam-globals.js'

/** Types that are a tool's bookkeeping, not infrastructure: left out of the model. */
const BOOKKEEPING = new Set(['AWS::CDK::Metadata'])

export interface Place {
  file: string
  unit: string
}

/**
 * One resource per entry of the `Resources` map: its `Type`, its logical id
 * as address, its evaluated `Properties` (over the SAM `Globals` of its
 * type) as body, with its resource attributes under reserved keys. An entry
 * that cannot be read is an error and the others still come through.
 */
export function buildResources(
  root: MapValue,
  section: MapValue,
  ctx: EvalContext,
  place: Place,
  errors: ScanError[]
): Resource[] {
  const globals = readGlobals(root, ctx, place.file, errors)
  const resources: Resource[] = []
  for (const [id, entry] of section.entries) {
    if (id.startsWith('Fn::ForEach::')) continue
    const keySpan = section.keySpans?.get(id) ?? entry.span
    try {
      const resource = buildResource(id, entry, keySpan, ctx, globals, place, errors)
      if (resource !== undefined) resources.push(resource)
    } catch (error) {
      errors.push({
        file: place.file,
        line: keySpan.line,
        message: `could not read the resource '${id}': ${String(error)}`
      })
    }
  }
  return resources
}

function buildResource(
  id: string,
  entry: Value,
  keySpan: Span,
  ctx: EvalContext,
  globals: ReadonlyMap<string, MapValue>,
  place: Place,
  errors: ScanError[]
): Resource | undefined {
  const fail = (line: number, message: string): undefined => {
    errors.push({ file: place.file, line, message })
    return undefined
  }
  if (entry.kind !== 'map')
    return fail(
      keySpan.line,
      `expected the resource '${id}' to be a map with a Type, found ${describeKind(entry)}`
    )
  const type = entry.entries.get('Type')
  if (type === undefined)
    return fail(keySpan.line, `expected the resource '${id}' to have a Type, found none`)
  if (type.kind !== 'string' || type.value === '')
    return fail(
      type.span.line,
      `expected the Type of '${id}' to be a resource type name, found ${describeKind(type)}`
    )
  if (BOOKKEEPING.has(type.value)) return undefined
  const span: Span = {
    line: keySpan.line,
    column: keySpan.column,
    endLine: entry.span.endLine,
    endColumn: entry.span.endColumn
  }
  const properties = readProperties(id, entry, span, ctx, fail)
  if (properties === undefined) return undefined
  const global = globals.get(type.value)
  const body = withAttributes(
    global === undefined ? properties : mergeGlobals(global, properties),
    entry,
    ctx
  )
  return {
    file: place.file,
    format: 'cloudformation',
    type: type.value,
    address: id,
    key: `${place.unit}//${id}`,
    span,
    body
  }
}

function readProperties(
  id: string,
  entry: MapValue,
  span: Span,
  ctx: EvalContext,
  fail: (line: number, message: string) => undefined
): MapValue | undefined {
  const raw = entry.entries.get('Properties')
  if (raw === undefined || raw.kind === 'null')
    return { kind: 'map', entries: new Map(), keySpans: new Map(), span }
  const properties = evaluate(raw, ctx)
  if (properties === NO_VALUE) return { kind: 'map', entries: new Map(), keySpans: new Map(), span }
  if (properties.kind !== 'map')
    return fail(
      raw.span.line,
      `expected the Properties of '${id}' to be a map, found ${describeKind(properties)}`
    )
  return properties
}

function withAttributes(properties: MapValue, entry: MapValue, ctx: EvalContext): MapValue {
  const attributes = resourceAttributes(entry, ctx)
  if (attributes.length === 0) return properties
  const entries = new Map(properties.entries)
  const keySpans = new Map(properties.keySpans ?? [])
  for (const { key, value, keySpan } of attributes) {
    entries.set(key, value)
    if (keySpan !== undefined) keySpans.set(key, keySpan)
  }
  return { kind: 'map', entries, keySpans, span: properties.span }
}
