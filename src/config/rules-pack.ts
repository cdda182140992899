import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CheckedRule } from '../engine/index.js'
import type { MatrixDocument, ServicesDocument } from '../matrix/documents.js'

/** The pack's shape; a pack of another format was written by another version of Demarc. */
export const RULES_PACK_FORMAT = 1

/** Where `npm run build` writes the pack, from the package root; both bundles read it. */
export const RULES_PACK_FILE = 'dist/rules-pack.json'

/**
 * Demarc's own controls, matrix and services catalogue as `npm run build`
 * read and checked them from `rules/` (scripts/build-rules-pack.ts): plain
 * data, so that a run parses one JSON file instead of reading and
 * validating some 130 YAML files against their schemas at every start.
 */
export interface RulesPack {
  format: typeof RULES_PACK_FORMAT
  matrix: MatrixDocument
  services: ServicesDocument
  /** Sorted by file. */
  rules: CheckedRule[]
}

/** The pack shipped with this copy of Demarc; throws naming the file and what to do when it is missing or not one. */
export function readRulesPack(root: string): RulesPack {
  const file = join(root, RULES_PACK_FILE)
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new Error(
      `Demarc's rules pack ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}): run npm run build`
    )
  }
  let pack: Partial<RulesPack> | null
  try {
    pack = JSON.parse(text) as Partial<RulesPack> | null
  } catch (error) {
    throw new Error(
      `Demarc's rules pack ${file} is not JSON (${(error as Error).message}): run npm run build`
    )
  }
  if (pack?.format !== RULES_PACK_FORMAT)
    throw new Error(
      `Demarc's rules pack ${file} has format ${String(pack?.format)}, expected ${RULES_PACK_FORMAT}: run npm run build`
    )
  return pack as RulesPack
}
