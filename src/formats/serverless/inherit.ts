import type { MapValue, Span, Value } from '../../model.js'

/**
 * Provider settings a function takes when it does not set its own, as the
 * framework deploys it: the function's `runtime` is its own or the
 * provider's, and so on. `environment` and `tags` merge, the function's
 * entries winning. `tracing` comes from `provider.tracing.lambda`.
 */
const INHERITED = [
  'runtime',
  'architecture',
  'memorySize',
  'timeout',
  'vpc',
  'kmsKeyArn',
  'layers',
  'logRetentionInDays'
]
const MERGED = ['environment', 'tags']

/** The function's body with what it inherits from the provider, each inherited value keeping the provider's span. */
export function withProviderDefaults(fn: MapValue, provider: MapValue | undefined): MapValue {
  if (provider === undefined) return fn
  const entries = new Map(fn.entries)
  const keySpans = new Map(fn.keySpans ?? [])
  const inherit = (key: string, value: Value | undefined, keySpan: Span | undefined): void => {
    if (value === undefined || value.kind === 'null') return
    entries.set(key, value)
    keySpans.set(key, keySpan ?? value.span)
  }
  for (const key of INHERITED) {
    if (key === 'runtime' && has(fn, 'image')) continue
    if (!has(fn, key)) inherit(key, provider.entries.get(key), provider.keySpans?.get(key))
  }
  for (const key of MERGED) {
    const merged = mergeMaps(provider.entries.get(key), fn.entries.get(key))
    if (merged !== fn.entries.get(key))
      inherit(key, merged, fn.keySpans?.get(key) ?? provider.keySpans?.get(key))
  }
  const tracing = provider.entries.get('tracing')
  if (!has(fn, 'tracing') && tracing?.kind === 'map')
    inherit('tracing', tracing.entries.get('lambda'), tracing.keySpans?.get('lambda'))
  return { kind: 'map', entries, keySpans, span: fn.span }
}

function has(map: MapValue, key: string): boolean {
  const value = map.entries.get(key)
  return value !== undefined && value.kind !== 'null'
}

/** The provider's map under the function's: both maps merge; otherwise the function's value if it has one. */
function mergeMaps(provider: Value | undefined, own: Value | undefined): Value | undefined {
  if (provider === undefined || provider.kind === 'null') return own
  if (own === undefined || own.kind === 'null') return provider
  if (provider.kind !== 'map' || own.kind !== 'map') return own
  const entries = new Map(provider.entries)
  const keySpans = new Map(provider.keySpans ?? [])
  for (const [key, value] of own.entries) {
    entries.set(key, value)
    const keySpan = own.keySpans?.get(key)
    if (keySpan !== undefined) keySpans.set(key, keySpan)
  }
  return { kind: 'map', entries, keySpans, span: own.span }
}
