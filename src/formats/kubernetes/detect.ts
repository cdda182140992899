import type { Value } from '../../model.js'
import { baseName, extensionOf } from '../text/path-name.js'
import { readDocuments } from './read-documents.js'
import { YAML_OPTIONS } from './yaml-options.js'

const EXTENSIONS = new Set(['.yaml', '.yml', '.json'])

/** Kustomize's build file, which names the manifests to combine; not itself a cluster object. */
const KUSTOMIZATION = /^(?:kustomization\.ya?ml|Kustomization)$/

/** Names the compose parser owns outright; never Kubernetes. */
const COMPOSE = /^(?:docker-)?compose(?:\.[^/]+)?\.ya?ml$/

/** Top-level `apiVersion:` and `kind:` keys of block YAML (column 0). */
const YAML_API_VERSION = /^["']?apiVersion["']?[ \t]*:/m
const YAML_KIND = /^["']?kind["']?[ \t]*:/m
/** The same keys with a one-word value on their line, as `apiVersion: apps/v1` and `kind: Deployment`. */
const YAML_API_VERSION_VALUE =
  /^apiVersion:[ \t]+["']?[a-z][a-z0-9.-]*(?:\/v[0-9a-z]+)?["']?[ \t]*(?:#.*)?\r?$/m
const YAML_KIND_VALUE = /^kind:[ \t]+["']?[A-Z][A-Za-z0-9]*["']?[ \t]*(?:#.*)?\r?$/m
/** The same keys anywhere in JSON, where indentation says nothing; the real read decides. */
const JSON_API_VERSION = /"apiVersion"[ \t\r\n]*:/
const JSON_KIND = /"kind"[ \t\r\n]*:/

/** A Go template action as Helm writes them: `{{ .Values.x }}`, `{{- include "name" . }}`, `{{ if … }}`. */
const TEMPLATE_ACTION =
  /\{\{-?\s*(?:[.$"(]|(?:include|template|if|else|end|range|with|define|block|toYaml|tpl|required|default|quote|printf|lookup)\b)/

/**
 * A kustomization file is claimed outright (so that no other YAML reader
 * takes it for application settings) and reported as skipped; other YAML and
 * JSON files are Kubernetes only if their content says so.
 */
export function claimsKubernetesPath(path: string): 'yes' | 'maybe' | 'no' {
  const base = baseName(path)
  if (KUSTOMIZATION.test(base)) return 'yes'
  if (COMPOSE.test(base)) return 'no'
  return EXTENSIONS.has(extensionOf(path)) ? 'maybe' : 'no'
}

/** `kustomization.yaml`, `kustomization.yml` or `Kustomization`, wherever it sits. */
export function isKustomizationPath(path: string): boolean {
  return KUSTOMIZATION.test(baseName(path))
}

/** A file under a chart's `templates/` directory that holds template actions. */
export function isHelmTemplate(path: string, text: string): boolean {
  return /(?:^|\/)templates\//.test(path.replace(/\\/g, '/')) && TEMPLATE_ACTION.test(text)
}

/**
 * Kubernetes when some document is a mapping with a string `apiVersion` and
 * a string `kind` at its top (a cheap text test first, then a real read),
 * or when it is a Helm template, which is ours to skip. A chart's
 * `values.yaml`, a workflow or an API description has no such keys.
 */
export function claimsKubernetesContent(path: string, text: string): boolean {
  if (isHelmTemplate(path, text)) return true
  const asYaml = YAML_API_VERSION.test(text) && YAML_KIND.test(text)
  if (!asYaml && !(JSON_API_VERSION.test(text) && JSON_KIND.test(text))) return false
  // Both keys at column 0 with a plain word for a value is what a manifest looks like and nothing else
  // does; only the looser shapes need a real read.
  if (YAML_API_VERSION_VALUE.test(text) && YAML_KIND_VALUE.test(text)) return true
  const { documents, problems } = readDocuments(text, YAML_OPTIONS)
  if (documents.some(looksLikeObject)) return true
  // Top-level keys are there but the YAML is broken: claim it, so that the error is reported.
  return asYaml && documents.length === 0 && problems.length > 0
}

function looksLikeObject(document: Value): boolean {
  if (document.kind !== 'map') return false
  const apiVersion = document.entries.get('apiVersion')
  const kind = document.entries.get('kind')
  return apiVersion?.kind === 'string' && kind?.kind === 'string'
}
