import type { MapValue, Value } from '../../model.js'
import type { Binding } from './expand-word.js'
import type { StageState } from './stage-state.js'
import { bindingOf } from './stage-state.js'

const LAST: Record<string, string> = {
  WORKDIR: 'path',
  CMD: 'command',
  ENTRYPOINT: 'command',
  SHELL: 'command',
  HEALTHCHECK: ''
}

/** Updates a stage with one built instruction: its variables, user, ports, labels and last settings. */
export function applyInstruction(
  state: StageState,
  item: MapValue,
  globals: ReadonlyMap<string, Binding>
): void {
  const keyword = text(item.entries.get('instruction'))
  state.items.push(item)
  const pairs = item.entries.get('pairs')
  if (keyword === 'ENV' && pairs?.kind === 'map')
    for (const [name, pair] of pairs.entries) setIfValue(state.env, name, pair)
  if (keyword === 'ARG' && pairs?.kind === 'map')
    for (const [name, pair] of pairs.entries) declareArg(state, name, pair, globals)
  if (keyword === 'LABEL' && pairs?.kind === 'map')
    for (const [name, pair] of pairs.entries) setIfValue(state.labels, name, pair)
  if (keyword === 'USER') state.user = item.entries.get('user') ?? state.user
  if (keyword === 'EXPOSE') {
    const ports = item.entries.get('ports')
    if (ports?.kind === 'list') state.expose.push(...ports.items)
  }
  const field = LAST[keyword]
  if (field === '') state.last.set(keyword.toLowerCase(), item)
  else if (field !== undefined) {
    const value = item.entries.get(field)
    if (value !== undefined) state.last.set(keyword.toLowerCase(), value)
  }
}

function setIfValue(target: Map<string, Value>, name: string, pair: Value): void {
  const value = pair.kind === 'map' ? pair.entries.get('value') : undefined
  if (value !== undefined) target.set(name, value)
}

/**
 * An ARG in a stage: its default when it has one, else the global ARG of
 * that name (which it brings into the stage), else a value given at build time.
 */
function declareArg(
  state: StageState,
  name: string,
  pair: Value,
  globals: ReadonlyMap<string, Binding>
): void {
  const value = pair.kind === 'map' ? pair.entries.get('value') : undefined
  if (value !== undefined) {
    state.args.set(name, value)
    state.argBindings.set(name, bindingOf(value))
    return
  }
  state.args.set(name, { kind: 'null', span: pair.span })
  state.argBindings.set(name, globals.get(name) ?? 'unknown')
}

function text(value: Value | undefined): string {
  return value?.kind === 'string' ? value.value : ''
}
