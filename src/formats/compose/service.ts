import type { MapValue, Value } from '../../model.js'
import { interpolateDeep, mapWith } from './interpolate.js'
import { keyValueMap } from './key-values.js'
import { normalisePorts } from './ports.js'
import type { ComposeProblem } from './problems.js'
import { normaliseVolumes } from './volumes.js'

/** Service keys written either as a map or as a list of `KEY=value`. */
const KEY_VALUE_KEYS = new Set(['environment', 'labels', 'annotations', 'sysctls'])

/**
 * One service's body with interpolation applied and the keys that have two
 * spellings brought to one: `environment` (and `labels`, `annotations`,
 * `sysctls`) as a map, `ports` and `volumes` as lists of maps. Every other
 * key is kept as written.
 */
export function normaliseService(service: MapValue, problems: ComposeProblem[]): MapValue {
  const entries = new Map<string, Value>()
  for (const [key, value] of service.entries) entries.set(key, normaliseKey(key, value, problems))
  return mapWith(service, entries)
}

function normaliseKey(key: string, value: Value, problems: ComposeProblem[]): Value {
  if (KEY_VALUE_KEYS.has(key)) return keyValueMap(value, problems)
  if (key === 'ports') return normalisePorts(value, problems)
  if (key === 'volumes') return normaliseVolumes(value, problems)
  return interpolateDeep(value)
}
