import type { ParseOutput, SourceFile } from '../format.js'
import type { Resource, ScanError, SkippedFile } from '../../model.js'
import { textProblem } from '../text/text-problem.js'
import { isHelmTemplate, isKustomizationPath } from './detect.js'
import type { ManifestObject } from './objects.js'
import { objectsOf } from './objects.js'
import { readDocuments } from './read-documents.js'
import { buildResources } from './resources.js'
import { YAML_OPTIONS } from './yaml-options.js'

export const HELM_TEMPLATE_REASON = 'Helm template (not rendered, not scanned)'
export const TOOL_CONFIG_REASON =
  'configuration of a Kubernetes tool (apiVersion and kind but no metadata): not a cluster object, not scanned'
export const KUSTOMIZATION_REASON =
  'Kustomize kustomization (build instructions, not a cluster object; the manifests and patches it names are scanned as plain files)'

/**
 * Parses Kubernetes manifest files: every document of each file, `List`
 * items included, one resource per object. Never throws: a file that cannot
 * be read, a broken document or an object without a name is an error at its
 * line, and everything else in the file still comes through.
 */
export function parseManifests(unit: string, files: SourceFile[]): ParseOutput {
  const resources: Resource[] = []
  const errors: ScanError[] = []
  const skipped: SkippedFile[] = []
  for (const file of files) {
    try {
      parseFile(unit, file, { resources, errors, skipped })
    } catch (error) {
      errors.push({ file: file.path, message: `could not read the manifests: ${String(error)}` })
    }
  }
  return { resources, errors, skipped }
}

interface Collected {
  resources: Resource[]
  errors: ScanError[]
  skipped: SkippedFile[]
}

function parseFile(unit: string, file: SourceFile, out: Collected): void {
  if (isHelmTemplate(file.path, file.text)) {
    out.skipped.push({ file: file.path, reason: HELM_TEMPLATE_REASON })
    return
  }
  if (isKustomizationPath(file.path)) {
    out.skipped.push({ file: file.path, reason: KUSTOMIZATION_REASON })
    return
  }
  const problem = textProblem(file.text)
  if (problem !== undefined) {
    out.errors.push({ file: file.path, ...problem })
    return
  }
  const { documents, problems } = readDocuments(file.text, YAML_OPTIONS)
  const objects: ManifestObject[] = []
  let reason: string | undefined
  for (const document of documents) {
    const read = objectsOf(document)
    objects.push(...read.objects)
    problems.push(...read.problems)
    if (read.kustomization) reason ??= KUSTOMIZATION_REASON
    if (read.toolConfig) reason ??= TOOL_CONFIG_REASON
  }
  out.errors.push(...problems.map(p => ({ file: file.path, ...p })))
  if (reason !== undefined && objects.length === 0 && problems.length === 0) {
    out.skipped.push({ file: file.path, reason })
    return
  }
  out.resources.push(...buildResources(unit, file.path, objects, out.errors))
}
