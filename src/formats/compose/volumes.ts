import type { Span, Value } from '../../model.js'
import { UNRESOLVED, interpolateDeep, shorten, substitute } from './interpolate.js'
import type { ComposeProblem } from './problems.js'

/**
 * A service's `volumes` as one shape whichever syntax wrote them: a list of
 * maps with `type` (`bind` or `volume` for the short syntax), `source`
 * (absent for an anonymous volume), `target`, and `read_only` when an access
 * mode is written; long-syntax entries keep every key as written. Values
 * read from a short-syntax string carry its span.
 */
export function normaliseVolumes(value: Value, problems: ComposeProblem[]): Value {
  if (value.kind !== 'list') return interpolateDeep(value)
  return { ...value, items: value.items.map(item => normaliseVolume(item, problems)) }
}

function normaliseVolume(item: Value, problems: ComposeProblem[]): Value {
  if (item.kind !== 'string') return interpolateDeep(item)
  const parsed = parseShortVolume(substitute(item.value))
  if (parsed === undefined) {
    problems.push({
      line: item.span.line,
      message: `expected a volume like [SOURCE:]TARGET[:MODE], found '${shorten(item.value, 60)}'`
    })
    return { kind: 'unknown', expr: shorten(item.value), span: item.span }
  }
  return volumeMap(parsed, item.span, item.value)
}

interface ShortVolume {
  type: string
  source?: string
  target: string
  read_only?: boolean
}

/** A host path: absolute, relative (`./`, `../`), home (`~`), or a Windows drive. */
const HOST_PATH = /^(?:[/.~]|[A-Za-z]:[\\/])/

/** `[SOURCE:]TARGET[:MODE]`; a Windows drive letter's colon is part of the source. */
export function parseShortVolume(text: string): ShortVolume | undefined {
  const parts = text.split(':')
  if (parts.length > 1 && /^[A-Za-z]$/.test(parts[0] as string) && /^[\\/]/.test(parts[1] as string))
    parts.splice(0, 2, `${parts[0]}:${parts[1]}`)
  if (parts.length > 3 || parts.some(p => p === '')) return undefined
  if (parts.length === 1) return { type: 'volume', target: parts[0] as string }
  const [source, target, mode] = parts as [string, string, string | undefined]
  const out: ShortVolume = { type: typeOf(source), source, target }
  const options = mode?.split(',') ?? []
  if (options.includes('ro')) out.read_only = true
  else if (options.includes('rw')) out.read_only = false
  return out
}

/** A source the file cannot settle is a bind or a volume by what the variable holds; unknown here. */
function typeOf(source: string): string {
  if (HOST_PATH.test(source)) return 'bind'
  return source.startsWith(UNRESOLVED) ? UNRESOLVED : 'volume'
}

function volumeMap(volume: ShortVolume, span: Span, raw: string): Value {
  const entries = new Map<string, Value>()
  for (const [key, field] of Object.entries(volume) as [string, string | boolean][]) {
    if (typeof field === 'boolean') entries.set(key, { kind: 'bool', value: field, span })
    else if (field.includes(UNRESOLVED)) entries.set(key, { kind: 'unknown', expr: shorten(raw), span })
    else entries.set(key, { kind: 'string', value: field, span })
  }
  const keySpans = new Map([...entries.keys()].map(k => [k, span]))
  return { kind: 'map', entries, keySpans, span }
}
