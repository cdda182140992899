import type { MapValue, Value } from '../../model.js'
import type { Binding } from './expand-word.js'

/** What a stage has accumulated so far, instruction by instruction. */
export interface StageState {
  index: number
  name?: string
  /** The stage this one builds on (`FROM build`), if any. */
  parent?: StageState
  from: MapValue
  /** File offsets of the stage: its FROM to the end of its last instruction. */
  start: number
  end: number
  items: MapValue[]
  /** The environment at the end of the stage (inherited from the parent stage, then ENV). */
  env: Map<string, Value>
  /** ARGs declared in the stage, with their values (null when only given at build time). */
  args: Map<string, Value>
  /** What each declared ARG stands for in expansions. */
  argBindings: Map<string, Binding>
  user?: Value
  expose: Value[]
  labels: Map<string, Value>
  /** The last WORKDIR, CMD, ENTRYPOINT, SHELL and HEALTHCHECK. */
  last: Map<string, Value>
}

/** What a value stands for when it is expanded into another instruction. */
export function bindingOf(value: Value | undefined): Binding {
  if (value === undefined || value.kind === 'unknown' || value.kind === 'null') return 'unknown'
  if (value.kind === 'string' || value.kind === 'number' || value.kind === 'bool')
    return { value: String(value.value) }
  return 'unknown'
}

/** Variables inside a stage: ENV first (it overrides an ARG of the same name), then the stage's ARGs. */
export function stageLookup(state: StageState): (name: string) => Binding | undefined {
  return name => {
    const env = state.env.get(name)
    if (env !== undefined) return bindingOf(env)
    return state.argBindings.get(name)
  }
}
