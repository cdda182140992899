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

/**
 * The values at a dot path (`LaunchTemplateData.UserData`), lists on the way
 * mapped over (Terraform blocks are lists of one map); an unknown value on
 * the way is returned as it is, since it may hold anything. Nothing written
 * (or `null`) gives no value.
 */
export function valuesAt(resource: Resource, path: string): Value[] {
  let reached: Value[] = [resource.body]
  for (const key of path.split('.')) reached = reached.flatMap(value => childrenOf(value, key))
  return reached.filter(value => value.kind !== 'null')
}

function childrenOf(value: Value, key: string): Value[] {
  switch (value.kind) {
    case 'map': {
      const child = value.entries.get(key)
      return child === undefined ? [] : [child]
    }
    case 'list':
      return value.items.flatMap(item => childrenOf(item, key))
    case 'unknown':
      return [value]
    default:
      return []
  }
}

/**
 * The one value at a path, or undefined when nothing is written there. Where
 * the path reaches several values (a list of blocks), an unknown among them
 * wins, else they come back as one list: neither is a setting to read.
 */
export function attributeAt(resource: Resource, path: string): Value | undefined {
  const values = valuesAt(resource, path)
  if (values.length <= 1) return values[0]
  const first = values[0] as Value
  return values.find(v => v.kind === 'unknown') ?? { kind: 'list', items: values, span: first.span }
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

/** A piece of text found in a value: a string, a map key, or the decoded form of a base64 string. */
export interface FoundText {
  text: string
  span: Span
  base64?: boolean
}

export interface Texts {
  texts: FoundText[]
  /** Some part of the value could not be settled. */
  unknown: boolean
}

/**
 * Every known piece of text inside a value: strings, list items, map keys and
 * values, and the decoded text of strings that are base64 (CloudFormation's
 * `Fn::Base64` user data reaches the model encoded, as the service gets it).
 */
export function textsIn(value: Value): Texts {
  switch (value.kind) {
    case 'string':
      return { texts: withDecoded({ text: value.value, span: value.span }), unknown: false }
    case 'unknown':
      return { texts: [], unknown: true }
    case 'list':
      return merge(value.items.map(textsIn))
    case 'map':
      return merge([...value.entries].map(([key, entry]) => withKey(key, entry, value.keySpans?.get(key))))
    default:
      return { texts: [], unknown: false }
  }
}

function withKey(key: string, entry: Value, keySpan: Span | undefined): Texts {
  const inner = textsIn(entry)
  return { texts: [{ text: key, span: keySpan ?? entry.span }, ...inner.texts], unknown: inner.unknown }
}

function withDecoded(found: FoundText): FoundText[] {
  const decoded = decodeBase64(found.text)
  return decoded === undefined ? [found] : [found, { text: decoded, span: found.span, base64: true }]
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true })

/** The text a base64 string encodes, when it is base64 of printable UTF-8; undefined otherwise. */
function decodeBase64(text: string): string | undefined {
  const compact = text.replace(/\s+/g, '')
  if (compact.length < 8 || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact))
    return undefined
  try {
    const decoded = STRICT_UTF8.decode(Buffer.from(compact, 'base64'))
    return /^[\P{C}\t\r\n]*$/u.test(decoded) ? decoded : undefined
  } catch {
    return undefined
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

/** Whether some unknown part of a value names no resource (a variable, an import), so cannot be followed. */
export function hasUnnamedUnknown(value: Value): boolean {
  switch (value.kind) {
    case 'unknown':
      return (value.refs ?? []).length === 0
    case 'list':
      return value.items.some(hasUnnamedUnknown)
    case 'map':
      return [...value.entries.values()].some(hasUnnamedUnknown)
    default:
      return false
  }
}

/** A reference (`aws_security_group.db` or `aws_security_group.db.id`) points at this address. */
export function refersTo(ref: string, address: string): boolean {
  return ref === address || ref.startsWith(`${address}.`) || ref.startsWith(`${address}[`)
}

/** The resource of the same unit as `from` with this address, if the snapshot holds one. */
export function sameUnitResource(
  snapshot: readonly Resource[],
  from: Resource,
  address: string
): Resource | undefined {
  const key = `${unitOf(from)}//${address}`
  return snapshot.find(r => r.key === key)
}

function merge(parts: Texts[]): Texts {
  return { texts: parts.flatMap(p => p.texts), unknown: parts.some(p => p.unknown) }
}
