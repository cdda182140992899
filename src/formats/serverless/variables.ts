import type { MapValue, Span, Value } from '../../model.js'
import type { Budget } from '../cloudformation/evaluate/context.js'
import { spend } from '../cloudformation/evaluate/context.js'
import { respan, scalarText, unknownAt } from '../cloudformation/evaluate/results.js'
import { MAX_EXPR } from '../cloudformation/expr-text.js'
import { MAX_STRING } from '../cloudformation/limits.js'
import type { Occurrence } from './variable-syntax.js'
import { findVariables, splitSources } from './variable-syntax.js'

/** What one source of a variable gives: a value, nothing (try the next source), or unknown. */
type Outcome = { value: Value } | 'missing' | 'unknown'

export interface Resolver {
  /** The value with every variable settled, or unknown where only a deployment could settle it. */
  resolve(value: Value): Value
}

/**
 * Resolves the framework's variables against the file itself. `${self:…}`
 * reads the same file (`self:custom.x`, `self:provider.stage`); a quoted or
 * numeric fallback is used when what comes before it is missing from the
 * file. `${opt:…}`, `${env:…}`, `${ssm:…}`, `${sls:…}`, `${file(…)}` and
 * every other source depend on the deployment: unknown, never guessed —
 * even when a fallback follows, since the source may well be set.
 */
export function variableResolver(root: MapValue, budget: Budget): Resolver {
  const memo = new Map<string, Value | 'pending'>()
  let depth = 0

  const resolve = (value: Value): Value => {
    if (!spend(budget, 1)) return unknownAt('(evaluation limit reached)', value.span)
    switch (value.kind) {
      case 'string':
        return value.value.includes('${') ? resolveString(value.value, value.span) : value
      case 'list':
        return { kind: 'list', items: value.items.map(resolve), span: value.span }
      case 'map': {
        const entries = new Map<string, Value>()
        for (const [key, item] of value.entries) entries.set(key, resolve(item))
        return { kind: 'map', entries, keySpans: value.keySpans ?? new Map<string, Span>(), span: value.span }
      }
      default:
        return value
    }
  }

  const resolveString = (text: string, span: Span): Value => {
    const found = findVariables(text)
    if (found.length === 0) return { kind: 'string', value: text, span }
    const unknown = (): Value => unknownAt(shorten(text), span)
    const only = found[0] as Occurrence
    if (found.length === 1 && only.start === 0 && only.end === text.length) {
      const outcome = resolveVariable(only.inner)
      if (typeof outcome === 'string') return unknown()
      return respan(outcome.value, span, budget) ?? unknown()
    }
    let out = ''
    let from = 0
    for (const occurrence of found) {
      const outcome = resolveVariable(occurrence.inner)
      const part = typeof outcome === 'string' ? undefined : scalarText(outcome.value)
      if (part === undefined) return unknown()
      out += text.slice(from, occurrence.start) + part
      from = occurrence.end
      if (out.length > MAX_STRING) return unknown()
    }
    return { kind: 'string', value: out + text.slice(from), span }
  }

  /** The sources of one variable, left to right, until one gives a value or is unknown. */
  const resolveVariable = (inner: string): Outcome => {
    const expanded = inner.includes('${') ? resolveString(inner, ZERO) : undefined
    if (expanded !== undefined && expanded.kind !== 'string') return 'unknown'
    for (const source of splitSources(expanded?.value ?? inner)) {
      const outcome = readSource(source)
      if (outcome !== 'missing') return outcome
    }
    return 'unknown'
  }

  const readSource = (source: string): Outcome => {
    const literal = literalOf(source)
    if (literal !== undefined) return { value: literal }
    const self = /^self:(.*)$/s.exec(source)
    if (self === null) return 'unknown'
    return lookUp((self[1] as string).trim())
  }

  /** `self:a.b.c`: the value at that path of the file, itself resolved; a cycle is unknown. */
  const lookUp = (address: string): Outcome => {
    const cached = memo.get(address)
    if (cached === 'pending' || address === '' || depth >= MAX_NESTING) return 'unknown'
    if (cached !== undefined) return { value: cached }
    memo.set(address, 'pending')
    depth++
    try {
      const value = valueAt(address)
      if (value === undefined) memo.delete(address)
      else memo.set(address, value)
      return value === undefined ? 'missing' : value.kind === 'unknown' ? 'unknown' : { value }
    } finally {
      depth--
    }
  }

  /** The resolved value at a path of the file; undefined when the file does not set it. */
  const valueAt = (address: string): Value | undefined => {
    let current: Value = root
    for (const step of address.split('.')) {
      const next: Value | undefined =
        current.kind === 'map'
          ? current.entries.get(step)
          : current.kind === 'list'
            ? current.items[Number(step)]
            : undefined
      if (next === undefined || next.kind === 'null') return undefined
      current = next.kind === 'string' && next.value.includes('${') ? resolve(next) : next
      if (current.kind === 'unknown') return current
    }
    return resolve(current)
  }

  return { resolve }
}

/** How many `self:` references may lead through one another before the value is unknown. */
const MAX_NESTING = 64

const ZERO: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 }

/** A quoted string, a number or a boolean written as a fallback. */
function literalOf(source: string): Value | undefined {
  const quoted = /^(['"])(.*)\1$/s.exec(source)
  if (quoted !== null) return { kind: 'string', value: quoted[2] as string, span: ZERO }
  if (/^-?\d+(?:\.\d+)?$/.test(source)) return { kind: 'number', value: Number(source), span: ZERO }
  if (source === 'true' || source === 'false') return { kind: 'bool', value: source === 'true', span: ZERO }
  return undefined
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > MAX_EXPR ? `${flat.slice(0, MAX_EXPR - 1)}…` : flat
}
