import type { Value } from '../../../model.js'
import type { Builtin } from './builtin.js'
import { asString } from './convert.js'
import { boolValue, listValue, stringValue } from './make.js'

function strings(args: Value[], count: number): string[] | undefined {
  if (args.length !== count) return undefined
  const out: string[] = []
  for (const arg of args) {
    const s = asString(arg)
    if (s === undefined) return undefined
    out.push(s)
  }
  return out
}

function unary(f: (s: string) => string): Builtin {
  return (args, site) => {
    const [s] = strings(args, 1) ?? []
    return s === undefined ? undefined : stringValue(f(s), site.span)
  }
}

function predicate(f: (s: string, t: string) => boolean): Builtin {
  return (args, site) => {
    const pair = strings(args, 2)
    return pair === undefined ? undefined : boolValue(f(pair[0] as string, pair[1] as string), site.span)
  }
}

/** One `%` verb of `format`: `%s`, `%d`, `%v`, `%q`; undefined for anything else. */
function formatVerb(verb: string, arg: Value | undefined): string | undefined {
  if (arg === undefined) return undefined
  switch (verb) {
    case 's':
    case 'v':
      return asString(arg)
    case 'd':
      return arg.kind === 'number' && Number.isInteger(arg.value) ? String(arg.value) : undefined
    case 'q': {
      const s = asString(arg)
      return s === undefined ? undefined : JSON.stringify(s)
    }
    default:
      return undefined
  }
}

const format: Builtin = (args, site) => {
  const spec = args[0] === undefined ? undefined : asString(args[0])
  if (spec === undefined) return undefined
  let out = ''
  let next = 1
  for (let i = 0; i < spec.length; i++) {
    const c = spec[i] as string
    if (c !== '%') {
      out += c
      continue
    }
    const verb = spec[++i] ?? ''
    if (verb === '%') {
      out += '%'
      continue
    }
    const text = formatVerb(verb, args[next++])
    if (text === undefined) return undefined
    out += text
  }
  return next === args.length ? stringValue(out, site.span) : undefined
}

/** `replace` with a plain substring; a `/regex/` pattern is left unknown. */
const replace: Builtin = (args, site) => {
  const parts = strings(args, 3)
  if (parts === undefined) return undefined
  const [s, find, by] = parts as [string, string, string]
  if (find.length > 1 && find.startsWith('/') && find.endsWith('/')) return undefined
  return stringValue(s.split(find).join(by), site.span)
}

const split: Builtin = (args, site) => {
  const parts = strings(args, 2)
  if (parts === undefined) return undefined
  const [sep, s] = parts as [string, string]
  return listValue(
    s.split(sep).map(piece => stringValue(piece, site.span)),
    site.span
  )
}

export const STRING_FUNCTIONS: Record<string, Builtin> = {
  lower: unary(s => s.toLowerCase()),
  upper: unary(s => s.toUpperCase()),
  trimspace: unary(s => s.trim()),
  tostring: (args, site) =>
    args.length === 1 && args[0]?.kind === 'null' ? args[0] : unary(s => s)(args, site),
  format,
  replace,
  split,
  startswith: predicate((s, prefix) => s.startsWith(prefix)),
  endswith: predicate((s, suffix) => s.endsWith(suffix))
}
