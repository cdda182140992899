import type { Span, Value } from '../../model.js'
import { UNRESOLVED, interpolateDeep, shorten, substitute } from './interpolate.js'
import type { ComposeProblem } from './problems.js'

const PORT = /^\d+(?:-\d+)?$/

/**
 * `ports` as one shape whichever syntax wrote them: a list of maps with
 * `target` (the container port), and when set `published` (the host port),
 * `host_ip` and `protocol`, plus any other long-syntax keys as written.
 * A single port is a number, a range a `"start-end"` string. Values read
 * from a short-syntax string carry that string's span.
 */
export function normalisePorts(value: Value, problems: ComposeProblem[]): Value {
  if (value.kind !== 'list') return interpolateDeep(value)
  return { ...value, items: value.items.map(item => normalisePort(item, problems)) }
}

function normalisePort(item: Value, problems: ComposeProblem[]): Value {
  if (item.kind === 'number') return portMap({ target: item.value }, item.span)
  if (item.kind !== 'string') return interpolateDeep(item)
  const parsed = parseShortPort(substitute(item.value))
  if (parsed === undefined) {
    problems.push({
      line: item.span.line,
      message: `expected a port mapping like [HOST_IP:][PUBLISHED:]TARGET[/PROTOCOL], found '${shorten(item.value, 60)}'`
    })
    return { kind: 'unknown', expr: shorten(item.value), span: item.span }
  }
  return portMap(parsed, item.span, item.value)
}

type Field = 'host_ip' | 'published' | 'target' | 'protocol'
type ShortPort = Partial<Record<Field, string | number>>

/**
 * `[HOST_IP:][PUBLISHED:]TARGET[/PROTOCOL]`, the host IP bare or, for IPv6,
 * in brackets. When an interpolation the file cannot settle comes before
 * the target and no host IP is written, the host IP is not known either:
 * the variable may hold one.
 */
export function parseShortPort(text: string): ShortPort | undefined {
  let rest = text
  const out: ShortPort = {}
  const slash = rest.lastIndexOf('/')
  if (slash >= 0) {
    out.protocol = rest.slice(slash + 1)
    rest = rest.slice(0, slash)
  }
  let parts: string[]
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']')
    if (close < 0 || rest[close + 1] !== ':') return undefined
    out.host_ip = rest.slice(1, close)
    parts = rest.slice(close + 2).split(':')
    if (parts.length > 2) return undefined
  } else {
    parts = rest.split(':')
    if (parts.length > 2) out.host_ip = parts.splice(0, parts.length - 2).join(':')
  }
  const target = parts.pop() as string
  const published = parts.pop()
  if (!isPort(target) || (published !== undefined && published !== '' && !isPort(published))) return undefined
  out.target = portValue(target)
  if (published !== undefined && published !== '') out.published = portValue(published)
  if (out.host_ip === '') delete out.host_ip
  if (out.host_ip === undefined && published?.includes(UNRESOLVED) === true) out.host_ip = UNRESOLVED
  return out
}

function isPort(text: string): boolean {
  return PORT.test(text) || (text.includes(UNRESOLVED) && /^[\d-]*$/.test(text.split(UNRESOLVED).join('')))
}

function portValue(text: string): string | number {
  return /^\d+$/.test(text) ? Number(text) : text
}

function portMap(fields: ShortPort, span: Span, raw = ''): Value {
  const entries = new Map<string, Value>()
  for (const key of ['host_ip', 'published', 'target', 'protocol'] as const) {
    const field = fields[key]
    if (field === undefined) continue
    entries.set(key, fieldValue(field, span, raw))
  }
  const keySpans = new Map([...entries.keys()].map(k => [k, span]))
  return { kind: 'map', entries, keySpans, span }
}

function fieldValue(field: string | number, span: Span, raw: string): Value {
  if (typeof field === 'number') return { kind: 'number', value: field, span }
  if (field.includes(UNRESOLVED)) return { kind: 'unknown', expr: shorten(raw), span }
  return { kind: 'string', value: field, span }
}
