import type { Resource, Span, Value } from '../../model.js'
import { type Env, type ModuleValue, newUnitScope, type UnitScope } from './evaluate/context.js'
import { evaluate } from './evaluate/evaluate.js'
import { mapOf } from './evaluate/make.js'
import type { Block, HclFile } from './parse/ast.js'
import { literalSource } from './dependencies.js'
import { collectInstance, type Instance } from './instance.js'
import { moduleSource } from './module-source.js'
import { MAX_MODULE_DEPTH, MAX_MODULE_INSTANCES, moduleFiles, type ModuleTree } from './module-tree.js'
import { buildUnitScope } from './unit-scope.js'

/** A `module` block of an instance, followed at most once, on first use. */
export interface Call {
  block: Block
  file: HclFile
  state: 'pending' | 'evaluating' | 'done'
  result: Followed | undefined
}

/** A call followed into its module: the module's resources and what `module.<name>` is to the caller. */
export interface Followed {
  resources: Resource[]
  value: ModuleValue
}

/** Arguments of a `module` block that are not the module's variables. */
const META_ARGUMENTS = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on'])

/**
 * The call's module evaluated with the caller's arguments; undefined when
 * it is not followed (remote, missing, excluded, a loop, past the limits),
 * which leaves the call a `module` resource. A call met again while it is
 * being evaluated (outputs that go round through another call) is not
 * followed there.
 */
export function followCall(parent: Instance, tree: ModuleTree, call: Call): Followed | undefined {
  if (call.state === 'done') return call.result
  if (call.state === 'evaluating') return undefined
  call.state = 'evaluating'
  call.result = follow(parent, tree, call)
  call.state = 'done'
  return call.result
}

function follow(parent: Instance, tree: ModuleTree, call: Call): Followed | undefined {
  const { block, file } = call
  const address = `${parent.scope.prefix}module.${block.labels[0] as string}`
  const { errors, skipped } = parent.sink
  const problem = (message: string): undefined => {
    errors.push({ file: file.path, line: block.span.line, message })
  }
  const source = literalSource(block)
  if (source === undefined) {
    const found = block.entries.has('source') ? 'an expression' : 'none'
    return problem(`expected '${address}' to have a 'source' that is a literal string, found ${found}`)
  }
  const target = moduleSource(source, parent.dir)
  if (target.kind === 'remote') {
    skipped.push({
      file: file.path,
      reason: `${address}: remote module ${source} (not fetched, not analysed)`
    })
    return undefined
  }
  if (target.kind === 'outside')
    return problem(
      `expected the source of '${address}' to be in the repository, found "${source}", which ${target.reason}`
    )
  const dir = target.dir
  const refused = refusal(parent, tree, address, dir)
  if (refused !== undefined) return problem(refused)
  const files = moduleFiles(tree, dir, errors)
  if (files === undefined)
    return problem(
      `expected the module directory '${dir}' of '${address}' (source "${source}") to hold .tf files, found none`
    )
  if ('reason' in files) {
    skipped.push({ file: file.path, reason: `${address}: module ${dir}: ${files.reason} (not analysed)` })
    return undefined
  }
  tree.instances++
  return evaluateModule(parent, tree, call, { address, dir, files })
}

/** Why a local call is not followed: a loop, or past the depth or instance limits. */
function refusal(parent: Instance, tree: ModuleTree, address: string, dir: string): string | undefined {
  if (parent.chain.includes(dir)) {
    const loop = [...parent.chain, dir].join(' → ')
    return `expected modules not to call themselves, found '${address}' calling '${dir}' again (${loop})`
  }
  if (parent.chain.length > MAX_MODULE_DEPTH)
    return `expected modules nested at most ${MAX_MODULE_DEPTH} deep, found '${address}' deeper (not analysed)`
  if (tree.instances >= MAX_MODULE_INSTANCES)
    return `expected at most ${MAX_MODULE_INSTANCES} module calls under one directory, found more at '${address}' (not analysed)`
  return undefined
}

interface Target {
  address: string
  dir: string
  files: HclFile[]
}

/** The module's scope gets the caller's arguments over its defaults, and shares the caller's fuel. */
function evaluateModule(parent: Instance, tree: ModuleTree, call: Call, target: Target): Followed {
  const args = evaluateArguments(parent, call, target)
  const caller = parent.scope
  const scope = newUnitScope(caller.maxDepth, caller.fuel, `${target.address}.`)
  scope.depth = caller.depth
  buildUnitScope(target.files, target.files, scope, parent.sink.errors)
  for (const [name, value] of args) scope.vars.set(name, value)
  const instance: Instance = {
    ...parent,
    dir: target.dir,
    files: target.files,
    scope,
    inPlace: false,
    chain: [...parent.chain, target.dir],
    tree
  }
  const resources = collectInstance(instance)
  const outputs = evaluateOutputs(target.files, scope, call.block.span)
  caller.fuel = scope.fuel
  const instanced = call.block.entries.has('count') || call.block.entries.has('for_each')
  return { resources, value: { value: outputs, instanced } }
}

/** The block's arguments, evaluated where the call is; one the module has no variable for is an error. */
function evaluateArguments(parent: Instance, call: Call, target: Target): Map<string, Value> {
  const declared = new Set<string>()
  for (const file of target.files)
    for (const block of file.blocks)
      if (block.type === 'variable' && block.labels.length === 1) declared.add(block.labels[0] as string)
  const env: Env = { unit: parent.scope, text: call.file.text, scope: null }
  const args = new Map<string, Value>()
  for (const [name, entry] of call.block.entries) {
    if (META_ARGUMENTS.has(name) || entry.kind === 'blocks') continue
    if (!declared.has(name)) {
      parent.sink.errors.push({
        file: call.file.path,
        line: call.block.keySpans.get(name)?.line ?? call.block.span.line,
        message: `expected '${name}' of '${target.address}' to be a variable of '${target.dir}', found no 'variable "${name}"' there`
      })
      continue
    }
    args.set(name, evaluate(entry, env))
  }
  return args
}

/** `output "n" { value = … }` of the module, as the map `module.<name>` is to the caller. */
function evaluateOutputs(files: HclFile[], scope: UnitScope, span: Span): Value {
  const entries = new Map<string, Value>()
  const keySpans = new Map<string, Span>()
  for (const file of files) {
    const env: Env = { unit: scope, text: file.text, scope: null }
    for (const block of file.blocks) {
      if (block.type !== 'output' || block.labels.length !== 1) continue
      const value = block.entries.get('value')
      if (value === undefined || value.kind === 'blocks') continue
      entries.set(block.labels[0] as string, evaluate(value, env))
      keySpans.set(block.labels[0] as string, block.labelSpans[0] as Span)
    }
  }
  return mapOf(entries, span, keySpans)
}
