import type { Span, Value } from '../model.js'
import { parseJsonText } from './json-cache.js'
import type { Step } from './path.js'
import { displayPath, joinPath } from './path.js'

/** Where a condition is evaluated: the resource body, a list item, or a related resource. */
export interface Scope {
  root: Value
  /** Display path of the root from the resource, '' at the resource itself. */
  path: string
  /** Where to point when an attribute right under the root is not set (the resource block). */
  span: Span
}

/**
 * One place a path reached. `value` is undefined when the attribute is not
 * set (absent or null, as Terraform treats them alike); `span` is then the
 * nearest enclosing block, so a finding about a missing attribute still has
 * a place.
 */
export interface Reached {
  value: Value | undefined
  path: string
  span: Span
}

/** Follows a path from the scope's root; several places when it goes through lists. */
export function resolvePath(steps: readonly Step[], scope: Scope): Reached[] {
  // Most paths are keys through maps: walk those with one cursor, allocating nothing on the way, and
  // hand over to the general walk at the first list, `*` or `$json`.
  let value: Value | undefined = scope.root.kind === 'null' ? undefined : scope.root
  let path = scope.path
  let span = scope.span
  let i = 0
  for (; i < steps.length; i++) {
    const step = steps[i] as Step
    if (value === undefined || value.kind === 'unknown') return [{ value, path, span }]
    if (step.kind !== 'key' || value.kind !== 'map') break
    const child = value.entries.get(step.key)
    if (child === undefined) return [{ value: undefined, path: displayPath(path, steps.slice(i)), span }]
    path = joinPath(path, step.key)
    span = child.span
    value = child.kind === 'null' ? undefined : child
  }
  let cursors: Reached[] = [{ value, path, span }]
  for (; i < steps.length; i++) {
    const step = steps[i] as Step
    const rest = steps.slice(i)
    cursors = cursors.flatMap(c => (settled(c) ? [c] : applyStep(step, c as Present, rest)))
  }
  return cursors
}

type Present = Reached & { value: Value }

function settled(cursor: Reached): boolean {
  return cursor.value === undefined || cursor.value.kind === 'unknown'
}

function applyStep(step: Step, cursor: Present, rest: readonly Step[]): Reached[] {
  switch (step.kind) {
    case 'key':
      return keyStep(step.key, cursor, rest)
    case 'index':
      return indexStep(step.index, cursor, rest)
    case 'all':
      return allStep(cursor, rest)
    case 'json':
      return [jsonStep(cursor)]
  }
}

function keyStep(key: string, cursor: Present, rest: readonly Step[]): Reached[] {
  const value = cursor.value
  if (value.kind === 'unknown') return [cursor]
  if (value.kind === 'map') {
    const child = value.entries.get(key)
    return [child === undefined ? missing(cursor, rest) : enter(child, joinPath(cursor.path, key))]
  }
  if (value.kind === 'list' && value.items.length > 0) {
    return value.items.flatMap((item, i) => {
      const inner = enter(item, joinPath(cursor.path, i))
      return settled(inner) ? [inner] : keyStep(key, inner as Present, rest)
    })
  }
  return [missing(cursor, rest)]
}

function indexStep(index: number, cursor: Present, rest: readonly Step[]): Reached[] {
  const value = cursor.value
  if (value.kind === 'list') {
    const item = value.items[index]
    return [item === undefined ? missing(cursor, rest) : enter(item, joinPath(cursor.path, index))]
  }
  if (value.kind === 'map' && index === 0) return [cursor]
  if (value.kind === 'unknown') return [cursor]
  return [missing(cursor, rest)]
}

function allStep(cursor: Present, rest: readonly Step[]): Reached[] {
  const value = cursor.value
  if (value.kind === 'list' && value.items.length > 0) {
    return value.items.map((item, i) => enter(item, joinPath(cursor.path, i)))
  }
  if (value.kind === 'map' && value.entries.size > 0) {
    return [...value.entries].map(([key, item]) => enter(item, joinPath(cursor.path, key)))
  }
  if (value.kind === 'unknown') return [cursor]
  return [missing(cursor, rest)]
}

/** Maps and lists pass through; a string is read as JSON, and is unknown when it is not JSON. */
function jsonStep(cursor: Present): Reached {
  const value = cursor.value
  if (value.kind !== 'string') return cursor
  const parsed = parseJsonText(value)
  if (parsed !== undefined) return { ...cursor, value: parsed, span: parsed.span }
  const expr = `jsondecode(${cursor.path === '' ? 'value' : cursor.path})`
  return { ...cursor, value: { kind: 'unknown', expr: `${expr}: the text is not JSON`, span: value.span } }
}

function enter(value: Value, path: string): Reached {
  return { value: value.kind === 'null' ? undefined : value, path, span: value.span }
}

function missing(cursor: Reached, rest: readonly Step[]): Reached {
  return { value: undefined, path: displayPath(cursor.path, rest), span: cursor.span }
}
