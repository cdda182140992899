import type { MapValue, Resource, ScanError, SkippedFile, Value } from '../../model.js'
import { describeKind } from '../cloudformation/describe-kind.js'
import type { EvalContext } from '../cloudformation/evaluate/context.js'
import { evaluatePresent } from '../cloudformation/evaluate/evaluate.js'
import { fuelFor } from '../cloudformation/limits.js'
import { readDocument } from '../cloudformation/read-document.js'
import { readTemplate } from '../cloudformation/template.js'
import type { ParseOutput, SourceFile } from '../format.js'
import type { Service } from './service-resources.js'
import { cloudFormationResources, functionResources, providerResource } from './service-resources.js'
import { variableResolver } from './variables.js'

/**
 * Parses each service file of a unit (one file: a service file is its own
 * unit). Never throws: a file that cannot be read gives one error, a
 * section or function that cannot be read its own, and the rest comes
 * through. A service for another cloud than AWS is skipped.
 */
export function parseServerlessUnit(unit: string, files: readonly SourceFile[]): ParseOutput {
  const resources: Resource[] = []
  const errors: ScanError[] = []
  const skipped: SkippedFile[] = []
  for (const file of files) {
    try {
      resources.push(...parseServiceFile(unit, file, errors, skipped))
    } catch (error) {
      errors.push({ file: file.path, message: `could not read the service file: ${String(error)}` })
    }
  }
  return skipped.length === 0 ? { resources, errors } : { resources, errors, skipped }
}

function parseServiceFile(
  unit: string,
  file: SourceFile,
  errors: ScanError[],
  skipped: SkippedFile[]
): Resource[] {
  const read = readDocument(file.path, file.text)
  if (!read.ok) {
    errors.push(read.error)
    return []
  }
  const root = read.value
  if (root.kind !== 'map') {
    const message = `expected a service (a map with 'service', 'provider' and 'functions'), found ${describeKind(root)}`
    errors.push({ file: file.path, line: root.span.line, message })
    return []
  }
  const cloud = providerName(root.entries.get('provider'))
  if (cloud !== undefined && cloud !== 'aws') {
    skipped.push({ file: file.path, reason: `the provider is '${cloud}', not AWS` })
    return []
  }
  const fuel = fuelFor(file.text)
  const resolver = variableResolver(root, { fuel, exhausted: false })
  const raw = root.entries.get('resources')
  const templates = templatesOf(raw === undefined ? undefined : resolver.resolve(raw))
  const ctx = intrinsicContext(root, templates, fuel)
  const service: Service = {
    root,
    place: { file: file.path, unit },
    read: value => evaluatePresent(resolver.resolve(value), ctx),
    templates,
    fuel,
    errors,
    skipped
  }
  const provider = providerResource(service)
  const functions = functionResources(service, provider)
  return [...(provider === undefined ? [] : [provider]), ...functions, ...cloudFormationResources(service)]
}

/** The `resources` section, variables resolved, as a list of its parts (a map, or a list of them). */
function templatesOf(section: Value | undefined): Value[] {
  if (section === undefined || section.kind === 'null') return []
  return section.kind === 'list' ? section.items : [section]
}

/**
 * What intrinsics in the provider and functions may refer to: the
 * parameters, mappings, conditions and resources of the `resources` section.
 */
function intrinsicContext(root: MapValue, templates: readonly Value[], fuel: number): EvalContext {
  const first = templates.find(part => part.kind === 'map')
  const section: MapValue =
    first?.kind === 'map' ? first : { kind: 'map', entries: new Map(), span: root.span }
  return { template: readTemplate(section), budget: { fuel, exhausted: false } }
}

function providerName(provider: Value | undefined): string | undefined {
  if (provider?.kind !== 'map') return undefined
  const name = provider.entries.get('name')
  return name?.kind === 'string' && !name.value.includes('${') ? name.value : undefined
}
