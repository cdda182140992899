import type { Value } from '../../model.js'
import { readDocument } from './read-document.js'

/** A resource type CloudFormation deploys itself, or hands to a custom resource. */
const TEMPLATE_TYPE = /^(?:AWS|Alexa|Custom)::/

/** Text a template cannot do without; anything lacking both is turned down without parsing. */
const MARKERS = ['AWSTemplateFormatVersion', 'AWS::', 'Alexa::', 'Custom::']

const YAML_VERSION = /^AWSTemplateFormatVersion[ \t]*:/m
const YAML_RESOURCES = /^Resources[ \t]*:/m
const YAML_TYPE = /^[ \t]+Type[ \t]*:[ \t]*['"]?(?:AWS|Alexa|Custom)::/m
const JSON_VERSION = /"AWSTemplateFormatVersion"\s*:/
const JSON_RESOURCES = /"Resources"\s*:/
const JSON_TYPE = /"Type"\s*:\s*"(?:AWS|Alexa|Custom)::/

/**
 * Whether a file is a CloudFormation or SAM template, whatever its name: a
 * top-level `AWSTemplateFormatVersion`, or a top-level `Resources` map with
 * an entry whose `Type` is `AWS::…`, `Alexa::…` or `Custom::…`. Quick text
 * tests first (a marker such as `AWS::`, and one of those keys at column 0
 * of YAML or quoted in JSON), a parse only when they pass. A file that does
 * not parse is still claimed when its text has that shape, so that its
 * error is reported rather than the file silently skipped.
 */
export function claimsCloudFormationContent(path: string, text: string): boolean {
  if (!MARKERS.some(marker => text.includes(marker)) || !hasTopLevelKey(text)) return false
  // A format version key at the top is the template's own declaration: no parse needed to believe it
  // (the parse that follows reports a file that is broken after all).
  if (YAML_VERSION.test(text) || JSON_VERSION.test(text)) return true
  const read = readDocument(path, text)
  return read.ok ? isTemplate(read.value) : looksLikeTemplate(text)
}

export function isTemplate(root: Value): boolean {
  if (root.kind !== 'map') return false
  if (root.entries.has('AWSTemplateFormatVersion')) return true
  const resources = root.entries.get('Resources')
  if (resources?.kind !== 'map') return false
  for (const entry of resources.entries.values()) {
    const type = entry.kind === 'map' ? entry.entries.get('Type') : undefined
    if (type?.kind === 'string' && TEMPLATE_TYPE.test(type.value)) return true
  }
  return false
}

/** A column-0 `AWSTemplateFormatVersion:` or `Resources:` key in YAML, or either key quoted in JSON. */
function hasTopLevelKey(text: string): boolean {
  return (
    YAML_VERSION.test(text) ||
    YAML_RESOURCES.test(text) ||
    JSON_VERSION.test(text) ||
    JSON_RESOURCES.test(text)
  )
}

function looksLikeTemplate(text: string): boolean {
  if (YAML_VERSION.test(text) || JSON_VERSION.test(text)) return true
  return (
    (YAML_RESOURCES.test(text) && YAML_TYPE.test(text)) || (JSON_RESOURCES.test(text) && JSON_TYPE.test(text))
  )
}
