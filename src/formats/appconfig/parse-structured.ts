import type { Value } from '../../model.js'
import { JsonError, parseJson } from '../json/index.js'
import { YamlError, parseYaml } from '../yaml/index.js'
import { flattenSettings } from './flatten-settings.js'
import { relaxJson } from './relax-json.js'
import type { ReadOutput } from './setting-entry.js'

/**
 * The top-level values of a YAML or JSON settings file: every document of a
 * YAML stream (a profile per document is common), the one JSON value.
 * YAML is read with the YAML 1.1 booleans (`yes`, `on`), as the usual
 * application readers still do. Throws what the readers throw.
 */
export function readDocuments(kind: 'yaml' | 'json', text: string): (Value | undefined)[] {
  if (kind === 'json') return [parseJson(relaxJson(text))]
  return parseYaml(text, { booleans: 'yaml11' }).map(document => document.value)
}

/** Reads YAML or JSON settings: each document must be a map (or empty); its leaves are the settings. */
export function parseStructured(kind: 'yaml' | 'json', text: string): ReadOutput {
  let documents: (Value | undefined)[]
  try {
    documents = readDocuments(kind, text)
  } catch (error) {
    if (error instanceof YamlError || error instanceof JsonError) {
      const what = kind === 'json' ? 'JSON' : 'YAML'
      return {
        entries: [],
        problems: [{ line: error.line ?? 1, message: `invalid ${what}: ${redact(error.message)}` }]
      }
    }
    throw error
  }
  const out: ReadOutput = { entries: [], problems: [] }
  for (const value of documents) {
    if (value === undefined || value.kind === 'null') continue
    if (value.kind !== 'map') {
      out.problems.push({
        line: value.span.line,
        message: `expected a map of settings at the top, found a ${value.kind}`
      })
      continue
    }
    out.entries.push(...flattenSettings(value))
  }
  return out
}

/**
 * The readers quote a few characters of the text where they stopped; in a
 * settings file those may be a secret, so the quote is left out.
 */
function redact(message: string): string {
  return message
    .replace(/"(?:[^"\\]|\\.)*"/g, 'other text')
    .replace(/'[^']*' is not a valid/g, 'a value is not a valid')
}
