import type { MapValue, Value } from '../../model.js'

/**
 * Stands for an interpolation that cannot be settled statically inside a
 * substituted text. A NUL never survives the text check files go through
 * first, so it cannot be confused with the file's own characters.
 */
export const UNRESOLVED = '\u0000'

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/
/** `NAME:-default` or `NAME-default`: the default is what the value is when the variable is unset. */
const WITH_DEFAULT = /^[A-Za-z_][A-Za-z0-9_]*:?-([\s\S]*)$/

/**
 * The text with Compose's interpolation applied as far as the file alone
 * allows: `$$` is a `$`; `${VAR:-default}` and `${VAR-default}` take their
 * default; `$VAR`, `${VAR}`, `${VAR:?error}` and `${VAR:+other}` depend on
 * the environment and become {@link UNRESOLVED}.
 */
export function substitute(text: string): string {
  if (!text.includes('$')) return text
  let out = ''
  let i = 0
  while (i < text.length) {
    const c = text[i] as string
    const next = text[i + 1]
    if (c !== '$') {
      out += c
      i++
    } else if (next === '$') {
      out += '$'
      i += 2
    } else if (next === '{') {
      const end = closingBrace(text, i + 2)
      out += end < 0 ? UNRESOLVED : braced(text.slice(i + 2, end))
      i = end < 0 ? text.length : end + 1
    } else {
      const name = NAME.exec(text.slice(i + 1))
      out += name === null ? '$' : UNRESOLVED
      i += 1 + (name?.[0].length ?? 0)
    }
  }
  return out
}

function braced(inner: string): string {
  const withDefault = WITH_DEFAULT.exec(inner)
  return withDefault === null ? UNRESOLVED : substitute(withDefault[1] as string)
}

/** The `}` closing a `${` whose body starts at `from`, counting nested `${…}`; -1 when unclosed. */
function closingBrace(text: string, from: number): number {
  let depth = 1
  for (let j = from; j < text.length; j++) {
    if (text[j] === '$' && text[j + 1] === '{') {
      depth++
      j++
    } else if (text[j] === '}' && --depth === 0) return j
  }
  return -1
}

/** A string value interpolated: the substituted string, or unknown when it depends on the environment. */
export function interpolateString(value: Value & { kind: 'string' }): Value {
  const text = substitute(value.value)
  if (text === value.value) return value
  if (text.includes(UNRESOLVED)) return { kind: 'unknown', expr: shorten(value.value), span: value.span }
  return { kind: 'string', value: text, span: value.span }
}

/** Every string inside a value interpolated; maps and lists are copied, keys and spans kept. */
export function interpolateDeep(value: Value): Value {
  switch (value.kind) {
    case 'string':
      return interpolateString(value)
    case 'list':
      return { ...value, items: value.items.map(interpolateDeep) }
    case 'map':
      return mapWith(value, new Map([...value.entries].map(([k, v]) => [k, interpolateDeep(v)])))
    default:
      return value
  }
}

export function mapWith(map: MapValue, entries: Map<string, Value>): MapValue {
  return { ...map, entries }
}

export function shorten(text: string, max = 80): string {
  const line = text.replace(/\s+/g, ' ')
  return line.length > max ? `${line.slice(0, max - 1)}…` : line
}
