import type { MapValue, Resource, Value } from '../../model.js'
import type { LineIndex } from '../text/line-index.js'
import { bool, list, num, record, str } from './make-value.js'
import type { RawInstruction } from './read-instructions.js'
import type { StageState } from './stage-state.js'

/**
 * A stage as a resource: type `stage`, address `stage.<name>` (or
 * `stage.<index>` when it has no name), spanning its FROM to its last
 * instruction. The body layout is documented in docs/formats/dockerfile.md.
 */
export function stageResource(file: string, stage: StageState, final: boolean, index: LineIndex): Resource {
  const span = index.span(stage.start, stage.end)
  const address = `stage.${stage.name ?? stage.index}`
  const body = record(
    [
      ['index', num(stage.index, stage.from.span)],
      ['name', stage.name === undefined ? undefined : str(stage.name, stage.from.span)],
      ['final', bool(final, stage.from.span)],
      ['from', stage.from],
      ['user', stage.user],
      ['instructions', list(stage.items, span)],
      ['env', record(stage.env, span)],
      ['args', record(stage.args, span)],
      ['expose', list(stage.expose, span)],
      ['labels', record(stage.labels, span)],
      ...[...stage.last].map(([key, value]): [string, Value] => [key, value])
    ],
    span
  )
  return { file, format: 'dockerfile', type: 'stage', address, key: `${file}//${address}`, span, body }
}

/**
 * The ARGs before the first FROM, as one resource (type and address
 * `global-args`): `instructions` (the ARG instructions) and `args` (each
 * name with its default, or null).
 */
export function globalArgsResource(
  file: string,
  built: readonly MapValue[],
  raws: readonly RawInstruction[],
  index: LineIndex
): Resource {
  const first = raws[0] as RawInstruction
  const last = raws[raws.length - 1] as RawInstruction
  const span = index.span(first.start, last.end)
  const args = new Map<string, Value>()
  for (const item of built) {
    const pairs = item.entries.get('pairs')
    if (pairs?.kind !== 'map') continue
    for (const [name, pair] of pairs.entries) {
      const value = pair.kind === 'map' ? pair.entries.get('value') : undefined
      args.set(name, value ?? { kind: 'null', span: pair.span })
    }
  }
  const body = record(
    [
      ['instructions', list([...built], span)],
      ['args', record(args, span)]
    ],
    span
  )
  const address = 'global-args'
  return { file, format: 'dockerfile', type: 'global-args', address, key: `${file}//${address}`, span, body }
}
