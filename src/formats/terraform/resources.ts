import type { MapValue, Resource, ScanError } from '../../model.js'
import type { Block, HclFile } from './parse/ast.js'
import { evaluateBlockBody, type BodyProblem } from './evaluate/body.js'
import type { Env, UnitScope } from './evaluate/context.js'

interface Kind {
  type: string
  address: string
}

const LABELS: Record<string, number> = { resource: 2, data: 2, module: 1 }

/** How the blocks of one module instance become resources. */
export interface Collect {
  /** The unit that was parsed: every key is qualified by it, also inside the modules it calls. */
  unit: string
  /** The directory of the module the blocks come from (the unit itself at the top). */
  dir: string
  scope: UnitScope
  /**
   * Evaluate each block's own maps into its body (a block evaluated once),
   * or copy them (a module, which may be called again).
   */
  inPlace: boolean
  /** The resources of a `module` block followed into its source; undefined leaves it a `module`. */
  follow?: (block: Block, file: HclFile) => Resource[] | undefined
}

/** Type and address of a `resource`, `data` or `module` block; undefined for other blocks. */
function kindOf(block: Block, file: HclFile, errors: ScanError[]): Kind | undefined {
  const expected = LABELS[block.type]
  if (expected === undefined) return undefined
  const [first, second] = block.labels as [string, string]
  if (block.labels.length !== expected) {
    const names = expected === 2 ? 'a type and a name' : 'a name'
    errors.push({
      file: file.path,
      line: block.span.line,
      message: `expected ${expected} label${expected === 1 ? '' : 's'} (${names}) after '${block.type}', found ${block.labels.length}`
    })
    return undefined
  }
  if (block.type === 'resource') return { type: first, address: `${first}.${second}` }
  if (block.type === 'data') return { type: `data.${first}`, address: `data.${first}.${second}` }
  return { type: 'module', address: `module.${first}` }
}

/**
 * One resource with its evaluated body. Evaluation is not expected to
 * throw; if it ever does, the resource becomes an error, not a failed scan.
 */
function evaluateResource(
  file: HclFile,
  block: Block,
  kind: Kind,
  c: Collect,
  errors: ScanError[]
): Resource | undefined {
  const problems: BodyProblem[] = []
  const address = c.scope.prefix + kind.address
  let body: MapValue
  try {
    const env: Env = { unit: c.scope, text: file.text, scope: null }
    body = evaluateBlockBody(block, block.bodySpan, env, problems, c.inPlace)
  } catch (error) {
    errors.push({
      file: file.path,
      line: block.span.line,
      message: `could not evaluate '${address}': ${String(error)}`
    })
    return undefined
  }
  for (const p of problems) errors.push({ file: file.path, line: p.line, message: p.message })
  return {
    file: file.path,
    format: 'terraform',
    type: kind.type,
    address,
    key: `${c.unit}//${address}`,
    span: block.span,
    body
  }
}

/**
 * The resources, data sources and module calls of one module instance, in
 * file then source order; a module call that is followed gives the
 * resources of its module in its place.
 */
export function collectResources(files: HclFile[], c: Collect, errors: ScanError[]): Resource[] {
  const resources: Resource[] = []
  const seen = new Map<string, { file: string; line: number }>()
  for (const file of files) {
    for (const item of file.blocks) {
      const kind = kindOf(item, file, errors)
      if (kind === undefined) continue
      const first = seen.get(kind.address)
      if (first !== undefined) {
        errors.push({
          file: file.path,
          line: item.span.line,
          message: `expected '${c.scope.prefix}${kind.address}' to be defined once in '${c.dir}', found it again (first at ${first.file}:${first.line})`
        })
        continue
      }
      seen.set(kind.address, { file: file.path, line: item.span.line })
      const followed = kind.type === 'module' ? c.follow?.(item, file) : undefined
      if (followed !== undefined) {
        resources.push(...followed)
        continue
      }
      const resource = evaluateResource(file, item, kind, c, errors)
      if (resource !== undefined) resources.push(resource)
    }
  }
  return resources
}
