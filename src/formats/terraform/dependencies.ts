import type { SourceFile } from '../format.js'
import type { Block } from './parse/ast.js'
import { parseHcl } from './parse/body.js'
import { moduleSource } from './module-source.js'
import { isConfigFile, terraformUnitOf } from './paths.js'

/** Cheap test before parsing: could the text hold a `module` block at all? */
const MODULE_BLOCK = /^\s*module\s*["A-Za-z_]/m

/**
 * The directories of the local modules that the given `.tf` files call
 * (`source = "./modules/x"`), each resolved from its file's directory.
 * Syntax only: nothing is evaluated, and a file that does not parse calls
 * nothing (its error comes from the real parse).
 */
export function terraformDependencies(files: SourceFile[]): string[] {
  const dirs = new Set<string>()
  for (const file of files) {
    if (!isConfigFile(file.path) || !MODULE_BLOCK.test(file.text)) continue
    let blocks: Block[]
    try {
      blocks = parseHcl(file.path, file.text).blocks
    } catch {
      continue
    }
    const from = terraformUnitOf(file.path)
    for (const block of blocks) {
      const source = literalSource(block)
      if (source === undefined) continue
      const target = moduleSource(source, from)
      if (target.kind === 'local') dirs.add(target.dir)
    }
  }
  return [...dirs]
}

/** The `source` of a `module` block when it is a literal string, as Terraform requires. */
export function literalSource(block: Block): string | undefined {
  if (block.type !== 'module' || block.labels.length !== 1) return undefined
  const source = block.entries.get('source')
  return source?.kind === 'string' ? source.value : undefined
}
