import type { MapValue, Span, Value } from '../../model.js'
import type { EvalContext } from './evaluate/context.js'
import { evaluate } from './evaluate/evaluate.js'
import { NO_VALUE } from './evaluate/results.js'

/**
 * Resource attributes rules may read, under reserved names in the body:
 * `$` keeps them apart from properties, which never start with it.
 * `$DependsOn` is always a list; `$Condition` is the condition's name.
 */
export const RESERVED_KEYS: Readonly<Record<string, string>> = {
  Condition: '$Condition',
  DependsOn: '$DependsOn',
  DeletionPolicy: '$DeletionPolicy',
  UpdateReplacePolicy: '$UpdateReplacePolicy'
}

export interface Attribute {
  key: string
  value: Value
  keySpan: Span | undefined
}

/** The resource attributes of one `Resources` entry, evaluated, under their reserved names. */
export function resourceAttributes(entry: MapValue, ctx: EvalContext): Attribute[] {
  const attributes: Attribute[] = []
  for (const [name, key] of Object.entries(RESERVED_KEYS)) {
    const raw = entry.entries.get(name)
    if (raw === undefined) continue
    const evaluated = name === 'Condition' ? raw : evaluate(raw, ctx)
    if (evaluated === NO_VALUE) continue
    const value: Value =
      name === 'DependsOn' && evaluated.kind !== 'list'
        ? { kind: 'list', items: [evaluated], span: evaluated.span }
        : evaluated
    attributes.push({ key, value, keySpan: entry.keySpans?.get(name) })
  }
  return attributes
}
