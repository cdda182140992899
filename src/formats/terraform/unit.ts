import type { LinkedUnits, ParseOutput, SourceFile } from '../format.js'
import type { ScanError } from '../../model.js'
import type { HclFile } from './parse/ast.js'
import { DEFAULT_MAX_DEPTH, type HclOptions } from './parse/body.js'
import { newUnitScope } from './evaluate/context.js'
import { collectInstance } from './instance.js'
import { newModuleTree, type ParseSink } from './module-tree.js'
import { parseSourceFile } from './parse-source-file.js'
import { isConfigFile } from './paths.js'
import { buildUnitScope } from './unit-scope.js'

export interface TerraformOptions extends HclOptions {
  /**
   * Evaluation steps allowed for the whole unit, the modules it calls
   * included (default: 1,000,000 plus 16 per character of input). Past it,
   * values are unknown: a guard against locals that grow exponentially.
   */
  fuel?: number
}

/**
 * Parses the `.tf` and `.tfvars` files of one module directory and builds
 * its resources. A file with a syntax error contributes nothing but its
 * error; the other files of the unit are still read. With `linked` (the
 * directories of the local modules it calls, as read by the pipeline),
 * module calls are followed and their resources come out under the
 * caller's unit as `module.<name>.<address>`; without it, each call is
 * one `module` resource holding its arguments.
 */
export function parseTerraformUnit(
  unit: string,
  files: SourceFile[],
  options: TerraformOptions = {},
  linked?: LinkedUnits
): ParseOutput {
  const sink: ParseSink = { errors: [], skipped: [], moved: [] }
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const parsed: HclFile[] = []
  for (const file of sorted) {
    const hcl = parseSourceFile(file, options, sink.errors)
    if (hcl !== undefined) parsed.push(hcl)
  }
  const config = parsed.filter(file => isConfigFile(file.path))
  const fuel = options.fuel ?? 1_000_000 + 16 * (sizeOf(files) + linkedSize(linked))
  const scope = newUnitScope(options.maxDepth ?? DEFAULT_MAX_DEPTH, fuel)
  try {
    buildUnitScope(config, parsed, scope, sink.errors)
  } catch (error) {
    sink.errors.push({
      file: unit,
      message: `could not evaluate the variables of '${unit}': ${String(error)}`
    })
  }
  const tree = linked === undefined ? undefined : newModuleTree(linked, options)
  const resources = collectInstance({
    unit,
    dir: unit,
    files: config,
    scope,
    inPlace: true,
    chain: [unit],
    tree,
    sink
  })
  const output: ParseOutput = { resources, errors: distinct(sink.errors) }
  if (sink.skipped.length > 0) output.skipped = sink.skipped
  if (sink.moved.length > 0) output.moved = sink.moved
  return output
}

function sizeOf(files: SourceFile[]): number {
  let size = 0
  for (const file of files) size += file.text.length
  return size
}

function linkedSize(linked: LinkedUnits | undefined): number {
  let size = 0
  for (const entry of linked?.values() ?? []) if ('files' in entry) size += sizeOf(entry.files)
  return size
}

/** A module called twice reports a problem in its files once. */
function distinct(errors: ScanError[]): ScanError[] {
  const seen = new Set<string>()
  return errors.filter(e => {
    const id = `${e.file}\0${e.line ?? 0}\0${e.message}`
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
}
