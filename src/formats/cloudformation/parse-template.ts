import type { MapValue, Resource, ScanError } from '../../model.js'
import type { ParseOutput, SourceFile } from '../format.js'
import { describeKind } from './describe-kind.js'
import type { EvalContext } from './evaluate/context.js'
import { EXHAUSTED } from './evaluate/evaluate.js'
import { fuelFor } from './limits.js'
import { readDocument } from './read-document.js'
import type { Place } from './resources.js'
import { buildResources } from './resources.js'
import { readTemplate } from './template.js'

/**
 * Parses each template of a unit (one file: a template is its own unit).
 * Never throws: a file that cannot be read gives one error, a resource
 * that cannot be read gives its own, and everything else comes through.
 */
export function parseCloudFormationUnit(unit: string, files: readonly SourceFile[]): ParseOutput {
  const resources: Resource[] = []
  const errors: ScanError[] = []
  for (const file of files) {
    try {
      resources.push(...parseTemplateFile(unit, file, errors))
    } catch (error) {
      errors.push({ file: file.path, message: `could not read the template: ${String(error)}` })
    }
  }
  return { resources, errors }
}

function parseTemplateFile(unit: string, file: SourceFile, errors: ScanError[]): Resource[] {
  const read = readDocument(file.path, file.text)
  if (!read.ok) {
    errors.push(read.error)
    return []
  }
  const root = read.value
  if (root.kind !== 'map') {
    const message = `expected a template (a map with 'Resources'), found ${describeKind(root)}`
    errors.push({ file: file.path, line: root.span.line, message })
    return []
  }
  return templateResources(root, { file: file.path, unit }, fuelFor(file.text), errors, true)
}

/**
 * The resources of a template's root map (or of serverless.yml's
 * `resources` section, where `Resources` may be left out).
 */
export function templateResources(
  root: MapValue,
  place: Place,
  fuel: number,
  errors: ScanError[],
  requireResources: boolean
): Resource[] {
  const section = root.entries.get('Resources')
  if (section === undefined) {
    if (requireResources)
      errors.push({
        file: place.file,
        line: root.span.line,
        message: "expected a 'Resources' map, found none"
      })
    return []
  }
  if (section.kind !== 'map') {
    const message = `expected 'Resources' to be a map of logical ids to resources, found ${describeKind(section)}`
    errors.push({ file: place.file, line: section.span.line, message })
    return []
  }
  const ctx: EvalContext = { template: readTemplate(root), budget: { fuel, exhausted: false } }
  const resources = buildResources(root, section, ctx, place, errors)
  if (ctx.budget.exhausted)
    errors.push({
      file: place.file,
      line: section.span.line,
      message: `evaluation stopped after ${fuel} steps, a bound on how far a template may expand: the intrinsics left are unknown ${EXHAUSTED}`
    })
  return resources
}
