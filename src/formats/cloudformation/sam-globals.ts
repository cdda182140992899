import type { MapValue, ScanError, Span, Value } from '../../model.js'
import type { EvalContext } from './evaluate/context.js'
import { evaluatePresent } from './evaluate/evaluate.js'
import { describeKind } from './describe-kind.js'

/**
 * The `Globals` of a SAM template, evaluated, by the resource type each
 * section applies to: `Function` to `AWS::Serverless::Function`, `Api` to
 * `AWS::Serverless::Api`, and so on for every section SAM defines.
 */
export function readGlobals(
  root: MapValue,
  ctx: EvalContext,
  file: string,
  errors: ScanError[]
): Map<string, MapValue> {
  const globals = new Map<string, MapValue>()
  const section = root.entries.get('Globals')
  if (section === undefined) return globals
  if (section.kind !== 'map') {
    errors.push({
      file,
      line: section.span.line,
      message: `expected 'Globals' to be a map of resource kinds, found ${describeKind(section)}`
    })
    return globals
  }
  for (const [kind, value] of section.entries) {
    const evaluated = evaluatePresent(value, ctx)
    if (evaluated.kind !== 'map') {
      errors.push({
        file,
        line: value.span.line,
        message: `expected 'Globals.${kind}' to be a map of properties, found ${describeKind(evaluated)}`
      })
      continue
    }
    globals.set(`AWS::Serverless::${kind}`, evaluated)
  }
  return globals
}

/**
 * A resource's properties over its globals, as SAM merges them: the
 * resource's scalar wins, maps merge key by key, lists are the global items
 * followed by the resource's own. Values of different kinds (or unknown
 * ones): the resource's wins.
 */
export function mergeGlobals(globals: MapValue, own: MapValue): MapValue {
  const entries = new Map<string, Value>()
  const keySpans = new Map<string, Span>()
  for (const [key, value] of globals.entries) {
    if (own.entries.has(key)) continue
    entries.set(key, value)
    const keySpan = globals.keySpans?.get(key)
    if (keySpan !== undefined) keySpans.set(key, keySpan)
  }
  for (const [key, value] of own.entries) {
    const global = globals.entries.get(key)
    entries.set(key, global === undefined ? value : mergeValue(global, value))
    const keySpan = own.keySpans?.get(key)
    if (keySpan !== undefined) keySpans.set(key, keySpan)
  }
  return { kind: 'map', entries, keySpans, span: own.span }
}

function mergeValue(global: Value, own: Value): Value {
  if (global.kind === 'map' && own.kind === 'map') return mergeGlobals(global, own)
  if (global.kind === 'list' && own.kind === 'list')
    return { kind: 'list', items: [...global.items, ...own.items], span: own.span }
  return own
}
