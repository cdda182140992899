import type { Resource } from '../../model.js'
import type { UnitScope } from './evaluate/context.js'
import type { Block, HclFile } from './parse/ast.js'
import { followCall, type Call } from './module-call.js'
import type { ModuleTree, ParseSink } from './module-tree.js'
import { collectMoves } from './moved.js'
import { collectResources } from './resources.js'

/** One module instance being evaluated: the unit parsed, or a module it calls (however deep). */
export interface Instance {
  /** The unit that was parsed; every key is qualified by it. */
  unit: string
  /** This module's directory. */
  dir: string
  /** Its `.tf` files, parsed. */
  files: HclFile[]
  /** Its variables and locals, and its address prefix. */
  scope: UnitScope
  /** The unit's own blocks are evaluated in place; a module's are copied, as it may be called again. */
  inPlace: boolean
  /** Directories from the unit down to this one, to tell a module that calls itself. */
  chain: string[]
  /** The modules that may be followed; undefined when calls are not followed. */
  tree: ModuleTree | undefined
  sink: ParseSink
}

/**
 * The resources of an instance, with those of the modules it calls in
 * place of each call; its `moved` blocks go to the sink. `module.x`
 * references resolve through the calls, each followed once, on first use.
 */
export function collectInstance(instance: Instance): Resource[] {
  const calls = new Map<string, Call>()
  for (const file of instance.files)
    for (const block of file.blocks)
      if (block.type === 'module' && block.labels.length === 1 && !calls.has(block.labels[0] as string))
        calls.set(block.labels[0] as string, { block, file, state: 'pending', result: undefined })
  const tree = instance.tree
  if (tree !== undefined) {
    instance.scope.module = name => {
      const call = calls.get(name)
      return call === undefined ? undefined : followCall(instance, tree, call)?.value
    }
  }
  const follow =
    tree === undefined
      ? undefined
      : (block: Block) => {
          const call = calls.get(block.labels[0] as string)
          return call?.block === block ? followCall(instance, tree, call)?.resources : undefined
        }
  const resources = collectResources(
    instance.files,
    { unit: instance.unit, dir: instance.dir, scope: instance.scope, inPlace: instance.inPlace, follow },
    instance.sink.errors
  )
  instance.sink.moved.push(
    ...collectMoves(instance.files, instance.unit, instance.scope.prefix, instance.sink.errors)
  )
  return resources
}
