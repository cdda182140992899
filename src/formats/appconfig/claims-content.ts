import type { MapValue, Value } from '../../model.js'
import { fileKindOf, namedLikeSettings } from './paths.js'
import { readDocuments } from './parse-structured.js'

/**
 * For a YAML or JSON file whose name only suggests settings: yes when every
 * document is a map (or empty), at least one holds something, and none has
 * the shape of a file another format reads (a Kubernetes manifest, a
 * CloudFormation template, a compose file, a CI workflow). Those formats'
 * parsers are asked first; this is a second guard. A file that does not
 * parse is claimed when its name itself says settings, so that its error is
 * reported rather than the file silently left out.
 */
export function claimsAppConfigContent(path: string, text: string): boolean {
  const kind = fileKindOf(path)
  if (kind !== 'yaml' && kind !== 'json') return false
  let documents: (Value | undefined)[]
  try {
    documents = readDocuments(kind, text)
  } catch {
    return namedLikeSettings(path)
  }
  const maps = documents.filter(value => value !== undefined && value.kind !== 'null')
  if (maps.length === 0) return false
  return maps.every(value => value?.kind === 'map' && value.entries.size > 0 && !looksForeign(value))
}

function looksForeign(map: MapValue): boolean {
  const has = (key: string): boolean => map.entries.has(key)
  if (has('apiVersion') && has('kind')) return true
  if (has('AWSTemplateFormatVersion') || hasTypedResources(map.entries.get('Resources'))) return true
  if (has('jobs') && has('on')) return true
  return isComposeServices(map.entries.get('services'))
}

function hasTypedResources(value: Value | undefined): boolean {
  if (value?.kind !== 'map') return false
  return [...value.entries.values()].some(
    resource => resource.kind === 'map' && resource.entries.get('Type')?.kind === 'string'
  )
}

function isComposeServices(value: Value | undefined): boolean {
  if (value?.kind !== 'map' || value.entries.size === 0) return false
  return [...value.entries.values()].every(
    service => service.kind === 'map' && (service.entries.has('image') || service.entries.has('build'))
  )
}
