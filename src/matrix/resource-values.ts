import type { Resource, Span, Value } from '../model.js'

/** The unit part of a resource key (`<unit dir>//<address>`). */
export function unitOf(resource: Resource): string {
  const at = resource.key.indexOf('//')
  return at < 0 ? '' : resource.key.slice(0, at)
}

/** A top-level attribute, or undefined when it is not written (an explicit `null` counts as not written). */
export function attributeOf(resource: Resource, name: string): Value | undefined {
  const value = resource.body.entries.get(name)
  return value === undefined || value.kind === 'null' ? undefined : value
}

/** A scalar as plain data; lists, maps and unknowns give undefined. */
export function scalarOf(value: Value): string | number | boolean | undefined {
  return value.kind === 'string' || value.kind === 'number' || value.kind === 'bool' ? value.value : undefined
}

/** A number, also from a numeric string (`"5432"`); undefined otherwise. */
export function numberOf(value: Value | undefined): number | undefined {
  if (value?.kind === 'number') return value.value
  if (value?.kind === 'string' && /^\d+$/.test(value.value)) return Number(value.value)
  return undefined
}

export interface Strings {
  strings: { text: string; span: Span }[]
  /** Some part of the value could not be settled. */
  unknown: boolean
}

/** Every known string inside a value (list items, map values), and whether any part is unknown. */
export function stringsIn(value: Value): Strings {
  switch (value.kind) {
    case 'string':
      return { strings: [{ text: value.value, span: value.span }], unknown: false }
    case 'unknown':
      return { strings: [], unknown: true }
    case 'list':
      return merge(value.items.map(stringsIn))
    case 'map':
      return merge([...value.entries.values()].map(stringsIn))
    default:
      return { strings: [], unknown: false }
  }
}

/** The resource addresses a value refers to (from its unknown parts), in order, each once. */
export function refsIn(value: Value): string[] {
  switch (value.kind) {
    case 'unknown':
      return value.refs ?? []
    case 'list':
      return [...new Set(value.items.flatMap(refsIn))]
    case 'map':
      return [...new Set([...value.entries.values()].flatMap(refsIn))]
    default:
      return []
  }
}

/** A reference (`aws_security_group.db` or `aws_security_group.db.id`) points at this address. */
export function refersTo(ref: string, address: string): boolean {
  return ref === address || ref.startsWith(`${address}.`) || ref.startsWith(`${address}[`)
}

function merge(parts: Strings[]): Strings {
  return { strings: parts.flatMap(p => p.strings), unknown: parts.some(p => p.unknown) }
}
