import type { ScanError, SkippedFile } from '../../model.js'
import type { LinkedUnits, Move, SourceFile } from '../format.js'
import type { HclFile } from './parse/ast.js'
import { isConfigFile } from './paths.js'
import type { TerraformOptions } from './unit.js'
import { parseSourceFile } from './parse-source-file.js'

/** Modules nested deeper than this are not followed: well past any real configuration. */
export const MAX_MODULE_DEPTH = 32

/** Module instances followed from one unit at most; beyond it, calls are left as `module` resources. */
export const MAX_MODULE_INSTANCES = 500

/** What one parse collects besides resources, from the unit and every module it follows. */
export interface ParseSink {
  errors: ScanError[]
  skipped: SkippedFile[]
  moved: Move[]
}

/**
 * The modules a unit's parse may follow: the linked directories the
 * pipeline read, each parsed once however often it is called, and the
 * count of instances followed so far.
 */
export interface ModuleTree {
  linked: LinkedUnits
  options: TerraformOptions
  parsed: Map<string, HclFile[] | { reason: string } | undefined>
  instances: number
}

export function newModuleTree(linked: LinkedUnits, options: TerraformOptions): ModuleTree {
  return { linked, options, parsed: new Map(), instances: 0 }
}

/**
 * The `.tf` files of a module directory, parsed (its syntax errors go to
 * `errors` once); the reason when the pipeline did not give them;
 * undefined when the snapshot holds no such directory or no `.tf` file in it.
 */
export function moduleFiles(
  tree: ModuleTree,
  dir: string,
  errors: ScanError[]
): HclFile[] | { reason: string } | undefined {
  if (tree.parsed.has(dir)) return tree.parsed.get(dir)
  const entry = tree.linked.get(dir)
  let result: HclFile[] | { reason: string } | undefined
  if (entry === undefined) result = undefined
  else if ('reason' in entry) result = { reason: entry.reason }
  else result = parseConfig(entry.files, tree.options, errors)
  tree.parsed.set(dir, result)
  return result
}

/** Only `.tf` files: Terraform reads no tfvars of a called module. */
function parseConfig(
  files: SourceFile[],
  options: TerraformOptions,
  errors: ScanError[]
): HclFile[] | undefined {
  const config = files.filter(file => isConfigFile(file.path))
  if (config.length === 0) return undefined
  const parsed: HclFile[] = []
  for (const file of [...config].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const hcl = parseSourceFile(file, options, errors)
    if (hcl !== undefined) parsed.push(hcl)
  }
  return parsed
}
