import type { MapValue, Resource, ScanError } from '../../model.js'
import type { Block, HclFile } from './parse/ast.js'
import { evaluateBlockBody, type BodyProblem } from './evaluate/body.js'
import type { Env, UnitScope } from './evaluate/context.js'

interface Kind {
  type: string
  address: string
}

const LABELS: Record<string, number> = { resource: 2, data: 2, module: 1 }

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
  unit: string,
  file: HclFile,
  block: Block,
  kind: Kind,
  env: Env,
  errors: ScanError[]
): Resource | undefined {
  const problems: BodyProblem[] = []
  let body: MapValue
  try {
    body = evaluateBlockBody(block, block.bodySpan, env, problems, true)
  } catch (error) {
    errors.push({
      file: file.path,
      line: block.span.line,
      message: `could not evaluate '${kind.address}': ${String(error)}`
    })
    return undefined
  }
  for (const p of problems) errors.push({ file: file.path, line: p.line, message: p.message })
  return {
    file: file.path,
    format: 'terraform',
    type: kind.type,
    address: kind.address,
    key: `${unit}//${kind.address}`,
    span: block.span,
    body
  }
}

/** The resources, data sources and module calls of a unit, in file then source order. */
export function collectResources(
  unit: string,
  files: HclFile[],
  scope: UnitScope,
  errors: ScanError[]
): Resource[] {
  const resources: Resource[] = []
  const seen = new Map<string, Resource>()
  for (const file of files) {
    const env: Env = { unit: scope, text: file.text, scope: null }
    for (const item of file.blocks) {
      const kind = kindOf(item, file, errors)
      if (kind === undefined) continue
      const first = seen.get(kind.address)
      if (first !== undefined) {
        errors.push({
          file: file.path,
          line: item.span.line,
          message: `expected '${kind.address}' to be defined once in '${unit}', found it again (first at ${first.file}:${first.span.line})`
        })
        continue
      }
      const resource = evaluateResource(unit, file, item, kind, env, errors)
      if (resource === undefined) continue
      seen.set(kind.address, resource)
      resources.push(resource)
    }
  }
  return resources
}
