import { parseYaml, YamlError } from '../formats/yaml/index.js'
import type { Value } from '../model.js'
import { ConfigFileError } from './config-file-error.js'

/** The largest configuration file Demarc reads. */
export const MAX_CONFIG_BYTES = 256 * 1024

/** The file as plain data (for the schema), and the lines of its keys and items (for messages and the report). */
export interface ParsedConfig {
  data: unknown
  /** The line of the key or list item at this key path (`['ignore', 0]`), if the file has it. */
  lineOf(keys: readonly (string | number)[]): number | undefined
}

/**
 * Reads the configuration file's YAML with the span-keeping reader every
 * format uses (YAML 1.2 core: `expires: 2026-01-31` stays a string), so that
 * suppressions can cite the line of their entry. One document; no aliases.
 */
export function parseConfigYaml(file: string, text: string): ParsedConfig {
  const bytes = Buffer.byteLength(text, 'utf8')
  if (bytes > MAX_CONFIG_BYTES)
    throw problem(file, `expected at most ${MAX_CONFIG_BYTES} bytes, found ${bytes}`)
  let documents
  try {
    documents = parseYaml(text, { maxDepth: 20, maxAliases: 0 })
  } catch (error) {
    const line = error instanceof YamlError && error.line !== undefined ? ` (line ${error.line})` : ''
    throw problem(file, `expected valid YAML, found a syntax error${line}: ${(error as Error).message}`)
  }
  if (documents.length > 1) throw problem(file, `expected one YAML document, found ${documents.length}`)
  const root = documents[0]?.value
  return { data: root === undefined ? null : plain(root), lineOf: keys => lineAt(root, keys) }
}

function problem(file: string, message: string): ConfigFileError {
  return new ConfigFileError([{ file, path: '', message }])
}

/** A parsed value as the JSON-like data a schema checks. */
function plain(value: Value): unknown {
  switch (value.kind) {
    case 'map':
      return Object.fromEntries([...value.entries].map(([key, item]) => [key, plain(item)]))
    case 'list':
      return value.items.map(plain)
    case 'null':
      return null
    case 'unknown':
      return value.expr
    default:
      return value.value
  }
}

function lineAt(root: Value | undefined, keys: readonly (string | number)[]): number | undefined {
  let node = root
  let line: number | undefined
  for (const key of keys) {
    if (node?.kind === 'map' && typeof key === 'string') {
      line = node.keySpans?.get(key)?.line
      node = node.entries.get(key)
      line ??= node?.span.line
    } else if (node?.kind === 'list' && typeof key === 'number') {
      node = node.items[key]
      line = node?.span.line
    } else return undefined
  }
  return line
}
