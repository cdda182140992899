import { load } from 'js-yaml'
import type { RulesText } from './types.js'

export type YamlResult = { ok: true; value: unknown } | { ok: false; problem: string }

/** Parses one rules file; a syntax error becomes a problem naming the file, line and column. */
export function parseYaml(source: RulesText): YamlResult {
  try {
    return { ok: true, value: load(source.text, { filename: source.file }) }
  } catch (error) {
    return { ok: false, problem: yamlProblem(source.file, error) }
  }
}

function yamlProblem(file: string, error: unknown): string {
  const { reason, mark } = error as { reason?: string; mark?: { line: number; column: number } }
  const text = reason ?? (error instanceof Error ? error.message : String(error))
  const where = mark ? `${file}:${mark.line + 1}:${mark.column + 1}` : file
  return `${where}: expected valid YAML, found a syntax error: ${text}`
}
