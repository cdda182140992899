/**
 * Attribute paths in rules: dot-separated steps. A key step on a list maps
 * over its items; `[n]` picks an item; `*` takes every item (or every value
 * of a map); `$json` reads a string holding JSON as values.
 */
export type Step =
  { kind: 'key'; key: string } | { kind: 'index'; index: number } | { kind: 'all' } | { kind: 'json' }

const SEGMENT = /^([^[\]]*)((?:\[\d+\])*)$/

/** Parses a path; throws an Error naming the bad step. The empty path is the value itself. */
export function parsePath(text: string): Step[] {
  if (text === '') return []
  return text.split('.').flatMap(segment => parseSegment(segment, text))
}

function parseSegment(segment: string, text: string): Step[] {
  if (segment === '*') return [{ kind: 'all' }]
  if (segment === '$json') return [{ kind: 'json' }]
  const match = SEGMENT.exec(segment)
  if (match === null)
    throw new Error(`invalid step '${segment}' in path '${text}' (expected key, key[n], * or $json)`)
  const [, key = '', indexes = ''] = match
  if (key === '' && indexes === '') throw new Error(`empty step in path '${text}'`)
  const steps: Step[] = key === '' ? [] : [{ kind: 'key', key }]
  for (const index of indexes.matchAll(/\[(\d+)\]/g)) steps.push({ kind: 'index', index: Number(index[1]) })
  return steps
}

/** Extends a display path by one step: `a` + key `b` → `a.b`, + index 2 → `a.b[2]`. */
export function joinPath(prefix: string, step: string | number): string {
  if (typeof step === 'number') return `${prefix}[${step}]`
  return prefix === '' ? step : `${prefix}.${step}`
}

/** The path as written in a rule, with `$json` steps left out (they change the reading, not the place). */
export function displayPath(prefix: string, steps: readonly Step[]): string {
  let path = prefix
  for (const step of steps) {
    if (step.kind === 'key') path = joinPath(path, step.key)
    else if (step.kind === 'index') path = joinPath(path, step.index)
    else if (step.kind === 'all') path = joinPath(path, '*')
  }
  return path
}
