import type { MapValue, Value } from '../../model.js'
import { JsonError, parseJson } from '../json/index.js'
import type { PlanEntry, TerraformPlan } from './plan.js'
import { PlanError } from './plan-error.js'

const EXPECTED = "Terraform plan JSON (the output of 'terraform show -json <planfile>')"

/** Plans nest values deeply (resource attributes inside modules inside the document). */
const MAX_DEPTH = 512

/**
 * Reads the JSON form of a plan. Throws {@link PlanError} for anything that
 * is not one: invalid JSON, another JSON document (a state file has no
 * `resource_changes` or `planned_values`), or a `resource_changes` entry
 * without its address, type, mode or actions. Entries for deposed objects
 * (`deposed`) are left out: they are the remains of an earlier replacement.
 */
export function parsePlan(file: string, text: string, dir?: string): TerraformPlan {
  const root = readJson(file, text)
  if (root.kind !== 'map') fail(file, describeKind(root))
  if (root.entries.get('format_version')?.kind !== 'string') fail(file, "an object without 'format_version'")
  const changes = root.entries.get('resource_changes')
  if (changes === undefined && !root.entries.has('planned_values'))
    fail(file, "an object without 'resource_changes' or 'planned_values' (a state file, not a plan?)")
  if (changes !== undefined && changes.kind !== 'list')
    fail(file, `'resource_changes' as ${describeKind(changes)} at line ${changes.span.line}, not a list`)
  const entries: PlanEntry[] = []
  for (const [i, item] of (changes?.kind === 'list' ? changes.items : []).entries()) {
    const entry = readEntry(file, i, item)
    if (entry !== undefined) entries.push(entry)
  }
  return dir === undefined ? { file, entries } : { file, dir, entries }
}

function readJson(file: string, text: string): Value {
  try {
    return parseJson(text, { maxDepth: MAX_DEPTH })
  } catch (error) {
    if (error instanceof JsonError) fail(file, `invalid JSON at line ${error.line}: ${error.message}`)
    throw error
  }
}

function readEntry(file: string, index: number, item: Value): PlanEntry | undefined {
  const where = `resource_changes[${index}] at line ${item.span.line}`
  if (item.kind !== 'map') fail(file, `${where}: ${describeKind(item)}, not an object`)
  if (item.entries.has('deposed')) return undefined
  const address = text(item, 'address')
  const type = text(item, 'type')
  const mode = text(item, 'mode')
  const change = item.entries.get('change')
  const actions = change?.kind === 'map' ? change.entries.get('actions') : undefined
  if (address === undefined || type === undefined || (mode !== 'managed' && mode !== 'data'))
    fail(file, `${where}: an entry without a string 'address' and 'type' and a 'mode' of managed or data`)
  if (change?.kind !== 'map' || actions?.kind !== 'list' || !actions.items.every(a => a.kind === 'string'))
    fail(file, `${where} (${address}): an entry without 'change.actions' as a list of strings`)
  const entry: PlanEntry = {
    address,
    type,
    mode,
    actions: actions.items.map(a => (a as { value: string }).value),
    span: item.span
  }
  const fields = [
    ['before', 'before'],
    ['after', 'after'],
    ['afterUnknown', 'after_unknown'],
    ['beforeSensitive', 'before_sensitive'],
    ['afterSensitive', 'after_sensitive']
  ] as const
  for (const [key, name] of fields) {
    const value = change.entries.get(name)
    if (value !== undefined && value.kind !== 'null') entry[key] = value
  }
  return entry
}

function text(map: MapValue, key: string): string | undefined {
  const value = map.entries.get(key)
  return value?.kind === 'string' ? value.value : undefined
}

const KINDS: Record<Value['kind'], string> = {
  map: 'an object',
  list: 'an array',
  string: 'a string',
  number: 'a number',
  bool: 'a boolean',
  null: 'null',
  unknown: 'an unknown value'
}

function describeKind(value: Value): string {
  return KINDS[value.kind]
}

function fail(file: string, found: string): never {
  throw new PlanError(`${file}: expected ${EXPECTED}, found ${found}`)
}
