import type { ScanError, Value } from '../../model.js'
import { JsonError, parseJson } from '../json/index.js'
import { extensionOf } from '../text/path-name.js'
import { textProblem } from '../text/text-problem.js'
import { YamlError, parseYaml } from '../yaml/index.js'
import { MAX_ALIASES, MAX_DEPTH, MAX_NODES } from './limits.js'
import { shortFormTags } from './short-forms.js'

export type ReadResult = { ok: true; value: Value } | { ok: false; error: ScanError }

/**
 * The one document of a template file, YAML or JSON, with every short-form
 * intrinsic in its long form. JSON is read as JSON (a `.json` file, or a
 * `.template` or `.cfn` file that starts with `{`), for its exact errors;
 * anything else as YAML. Never
 * throws: a file that cannot be read gives one error with its line.
 */
export function readDocument(path: string, text: string): ReadResult {
  const problem = textProblem(text)
  if (problem !== undefined) return { ok: false, error: { file: path, ...problem } }
  try {
    return isJson(path, text)
      ? { ok: true, value: parseJson(text, { maxDepth: MAX_DEPTH }) }
      : readYaml(path, text)
  } catch (error) {
    if (error instanceof JsonError || error instanceof YamlError)
      return { ok: false, error: { file: path, ...lineOf(error), message: error.message } }
    return { ok: false, error: { file: path, message: `could not parse the file: ${String(error)}` } }
  }
}

/** A `.json` file; or, for extensions that do not say (`.template`, `.cfn`), text that opens with `{`. */
function isJson(path: string, text: string): boolean {
  const extension = extensionOf(path)
  if (extension === '.json') return true
  if (extension === '.yaml' || extension === '.yml') return false
  return /^\uFEFF?\s*\{/.test(text.slice(0, 1024))
}

function readYaml(path: string, text: string): ReadResult {
  const documents = parseYaml(text, {
    maxDepth: MAX_DEPTH,
    maxAliases: MAX_ALIASES,
    maxNodes: MAX_NODES,
    booleans: 'core',
    tag: shortFormTags(text)
  }).filter(document => document.value !== undefined)
  const [first, second] = documents
  if (first?.value === undefined)
    return { ok: false, error: { file: path, line: 1, message: 'the file is empty' } }
  if (second?.value !== undefined) {
    const line = second.value.span.line
    const message = `expected one YAML document, found ${documents.length} (the second at line ${line})`
    return { ok: false, error: { file: path, line, message } }
  }
  return { ok: true, value: first.value }
}

function lineOf(error: JsonError | YamlError): { line?: number } {
  return error.line === undefined ? {} : { line: error.line }
}
