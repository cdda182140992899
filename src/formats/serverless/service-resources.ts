import type { MapValue, Resource, ScanError, SkippedFile, Span, Value } from '../../model.js'
import { templateResources } from '../cloudformation/index.js'
import type { Place } from '../cloudformation/index.js'
import { describeKind } from '../cloudformation/describe-kind.js'
import { normaliseIam } from './iam.js'
import { withProviderDefaults } from './inherit.js'

export interface Service {
  root: MapValue
  place: Place
  /** A value with its variables resolved and its intrinsics (`!Ref Table`) evaluated against `resources`. */
  read: (value: Value) => Value
  /** The parts of the `resources` section, variables resolved. */
  templates: readonly Value[]
  fuel: number
  errors: ScanError[]
  skipped: SkippedFile[]
}

/** The `provider` block as one resource (type and address `provider`), its IAM in the current layout. */
export function providerResource(service: Service): Resource | undefined {
  const raw = service.root.entries.get('provider')
  if (raw === undefined || raw.kind === 'null') return undefined
  const provider = service.read(raw)
  if (provider.kind !== 'map') {
    const message = `expected 'provider' to be a map of settings, found ${describeKind(provider)}`
    service.errors.push({ file: service.place.file, line: raw.span.line, message })
    return undefined
  }
  return entryResource(service, 'provider', 'provider', normaliseIam(provider), raw)
}

/**
 * One resource per function (type `function`, address `functions.<name>`),
 * with what it inherits from the provider. `functions` may be a map or, as
 * older files write it, a list of maps.
 */
export function functionResources(service: Service, provider: Resource | undefined): Resource[] {
  const raw = service.root.entries.get('functions')
  if (raw === undefined || raw.kind === 'null') return []
  const section = raw.kind === 'string' ? service.read(raw) : raw
  const groups = section.kind === 'list' ? section.items : [section]
  const resources: Resource[] = []
  for (const item of groups) {
    const group = item.kind === 'string' ? service.read(item) : item
    if (group.kind !== 'map') {
      notRead(service, group, 'functions')
      continue
    }
    for (const [name, value] of group.entries) {
      const resource = functionResource(service, group, name, value, provider?.body)
      if (resource !== undefined) resources.push(resource)
    }
  }
  return resources
}

function functionResource(
  service: Service,
  group: MapValue,
  name: string,
  raw: Value,
  provider: MapValue | undefined
): Resource | undefined {
  const fn = service.read(raw)
  if (fn.kind !== 'map') {
    const line = group.keySpans?.get(name)?.line ?? raw.span.line
    const message = `expected the function '${name}' to be a map of settings, found ${describeKind(fn)}`
    service.errors.push({ file: service.place.file, line, message })
    return undefined
  }
  const body = withProviderDefaults(normaliseIam(fn), provider)
  return entryResource(service, 'function', `functions.${name}`, body, raw, group.keySpans?.get(name))
}

/**
 * The `resources` section: CloudFormation, whose `Resources` become
 * resources of the `cloudformation` format, so CloudFormation rules apply.
 * It may be a list of such maps, as files that split it up write it.
 */
export function cloudFormationResources(service: Service): Resource[] {
  const resources: Resource[] = []
  for (const part of service.templates) {
    if (part.kind !== 'map') notRead(service, part, 'resources')
    else resources.push(...templateResources(part, service.place, service.fuel, service.errors, false))
  }
  return resources
}

/** A section the file takes from elsewhere (`${file(…)}`) or writes in a shape no deployment reads. */
function notRead(service: Service, value: Value, section: string): void {
  if (value.kind === 'unknown')
    service.skipped.push({
      file: service.place.file,
      reason: `'${section}' from \`${value.expr}\` is not read`
    })
  else
    service.errors.push({
      file: service.place.file,
      line: value.span.line,
      message: `expected '${section}' to be a map, found ${describeKind(value)}`
    })
}

function entryResource(
  service: Service,
  type: string,
  address: string,
  body: MapValue,
  raw: Value,
  keySpan = service.root.keySpans?.get(address)
): Resource {
  const start = keySpan ?? raw.span
  const span: Span = {
    line: start.line,
    column: start.column,
    endLine: raw.span.endLine,
    endColumn: raw.span.endColumn
  }
  const { file, unit } = service.place
  return { file, format: 'serverless', type, address, key: `${unit}//${address}`, span, body }
}
