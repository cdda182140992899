import { load } from 'js-yaml'
import type { RuleProblem } from './rule-file-error.js'

const MAX_BYTES = 256 * 1024

/** Parses one rule file's YAML: no aliases, bounded nesting and size. */
export function loadRuleDocument(file: string, text: string): { data?: unknown; problems: RuleProblem[] } {
  if (text.length > MAX_BYTES) {
    return {
      problems: [
        { file, path: '', message: `file is too large (${text.length} bytes, at most ${MAX_BYTES})` }
      ]
    }
  }
  try {
    return { data: load(text, { filename: file, maxDepth: 40, maxAliases: 0 }), problems: [] }
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error)
    return { problems: [{ file, path: '', message: `invalid YAML: ${message}` }] }
  }
}
