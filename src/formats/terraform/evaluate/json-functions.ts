import type { Span, Value } from '../../../model.js'
import type { Builtin } from './builtin.js'
import { boolValue, listValue, mapOf, numberValue, stringValue } from './make.js'

/** Plain JSON data as a value, every node with the call's span; undefined past `maxDepth`. */
function fromJson(data: unknown, span: Span, depth: number, maxDepth: number): Value | undefined {
  if (depth > maxDepth) return undefined
  if (data === null) return { kind: 'null', span }
  if (typeof data === 'string') return stringValue(data, span)
  if (typeof data === 'number') return numberValue(data, span)
  if (typeof data === 'boolean') return boolValue(data, span)
  if (Array.isArray(data)) {
    const items: Value[] = []
    for (const item of data) {
      const value = fromJson(item, span, depth + 1, maxDepth)
      if (value === undefined) return undefined
      items.push(value)
    }
    return listValue(items, span)
  }
  const entries = new Map<string, Value>()
  for (const [key, item] of Object.entries(data as Record<string, unknown>)) {
    const value = fromJson(item, span, depth + 1, maxDepth)
    if (value === undefined) return undefined
    entries.set(key, value)
  }
  return mapOf(entries, span)
}

function parseJson(text: string): { ok: true; data: unknown } | { ok: false } {
  try {
    return { ok: true, data: JSON.parse(text) as unknown }
  } catch {
    return { ok: false }
  }
}

export const JSON_FUNCTIONS: Record<string, Builtin> = {
  /** The value itself: rules read a policy's structure, not its serialisation. */
  jsonencode: args => (args.length === 1 ? args[0] : undefined),
  jsondecode: ([text, ...rest], site) => {
    if (text?.kind !== 'string' || rest.length > 0) return undefined
    const parsed = parseJson(text.value)
    return parsed.ok ? fromJson(parsed.data, site.span, 0, site.unit.maxDepth) : undefined
  }
}
