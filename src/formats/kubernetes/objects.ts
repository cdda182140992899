import type { MapValue, Value } from '../../model.js'
import type { StreamProblem } from './read-documents.js'

/** One cluster object as written: its root mapping and what identifies it. */
export interface ManifestObject {
  value: MapValue
  kind: string
  name: string
  namespace?: string
}

export interface DocumentObjects {
  objects: ManifestObject[]
  problems: StreamProblem[]
  /** The document was Kustomize build instructions, not a cluster object. */
  kustomization: boolean
  /** The document was a tool's configuration (apiVersion and kind but no metadata), not a cluster object. */
  toolConfig: boolean
}

/** `kind: List`, and `DeploymentList`, … with an `items` list as the API returns them: wrappers of objects. */
const LIST_KIND = /^[A-Z][A-Za-z0-9]*List$/
const KUSTOMIZE_API = /^kustomize\.config\.k8s\.io\//

/**
 * The cluster objects of one document: the document itself, or the items
 * of a list. A document that is not an object is a problem at its line; the
 * others of the file are read regardless. A document with apiVersion and
 * kind but no metadata at all is the configuration of a tool (a kubeconfig,
 * a kubelet or cluster-bootstrap configuration), which no cluster stores.
 */
export function objectsOf(document: Value): DocumentObjects {
  const out: DocumentObjects = { objects: [], problems: [], kustomization: false, toolConfig: false }
  const header = headerOf(document, 'document', out.problems)
  if (header === undefined) return out
  if (KUSTOMIZE_API.test(header.apiVersion)) out.kustomization = true
  else if (isList(header)) readItems(header, out)
  else if (!header.value.entries.has('metadata')) out.toolConfig = true
  else pushObject(header, out.problems, out.objects)
  return out
}

function isList(header: Header): boolean {
  return (
    header.kind === 'List' ||
    (LIST_KIND.test(header.kind) && header.value.entries.get('items')?.kind === 'list')
  )
}

function readItems(list: Header, out: DocumentObjects): void {
  const items = list.value.entries.get('items')
  if (items === undefined || items.kind === 'null') return
  if (items.kind !== 'list') {
    out.problems.push({
      line: items.span.line,
      message: `expected a list of objects under 'items', found ${describeKind(items)}`
    })
    return
  }
  for (const item of items.items) {
    const inner = headerOf(item, `item of the ${list.kind}`, out.problems)
    if (inner !== undefined) pushObject(inner, out.problems, out.objects)
  }
}

interface Header {
  value: MapValue
  apiVersion: string
  kind: string
}

function headerOf(value: Value, what: string, problems: StreamProblem[]): Header | undefined {
  if (value.kind !== 'map') {
    problems.push({
      line: value.span.line,
      message: `expected a Kubernetes object (a mapping with apiVersion and kind) as this ${what}, found ${describeKind(value)}`
    })
    return undefined
  }
  const apiVersion = value.entries.get('apiVersion')
  const kind = value.entries.get('kind')
  if (apiVersion?.kind !== 'string' || kind?.kind !== 'string' || kind.value === '') {
    const missing = kind?.kind === 'string' && kind.value !== '' ? 'apiVersion' : 'kind'
    const found = missing === 'kind' ? kind : apiVersion
    problems.push({
      line: value.span.line,
      message: `expected a string '${missing}' in this ${what}, found ${found === undefined ? 'none' : describeKind(found)}`
    })
    return undefined
  }
  return { value, apiVersion: apiVersion.value, kind: kind.value }
}

function pushObject(header: Header, problems: StreamProblem[], objects: ManifestObject[]): void {
  const metadata = header.value.entries.get('metadata')
  const meta = metadata?.kind === 'map' ? metadata : undefined
  const name = nameOf(meta?.entries.get('name')) ?? nameOf(meta?.entries.get('generateName'))
  if (name === undefined) {
    problems.push({
      line: (header.value.keySpans?.get('metadata') ?? header.value.span).line,
      message: `expected metadata.name (or metadata.generateName) on this ${header.kind}, found none`
    })
    return
  }
  const namespace = nameOf(meta?.entries.get('namespace'))
  objects.push({
    value: header.value,
    kind: header.kind,
    name,
    ...(namespace === undefined ? {} : { namespace })
  })
}

/** A name as the API would take it: a non-empty string (or a number YAML read as one). */
function nameOf(value: Value | undefined): string | undefined {
  if (value?.kind === 'string' && value.value !== '') return value.value
  if (value?.kind === 'number') return String(value.value)
  return undefined
}

function describeKind(value: Value): string {
  switch (value.kind) {
    case 'map':
      return 'a mapping'
    case 'list':
      return 'a list'
    case 'string':
      return `the string ${JSON.stringify(value.value.length > 40 ? `${value.value.slice(0, 39)}…` : value.value)}`
    case 'null':
      return 'null'
    default:
      return `a ${value.kind}`
  }
}
