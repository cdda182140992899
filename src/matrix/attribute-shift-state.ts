import type { Resource, Value } from '../model.js'
import { describeValue } from '../values.js'
import { attributeAt, sameUnitResource } from './resource-values.js'
import type { AttributeShiftPattern, AttributeTypeRule, Side } from './shift-pattern-types.js'
import { sideOfValue } from './value-test.js'

/** What one side (base or head) says about a pattern's attribute on one resource. */
export interface AttributeState {
  /** The path the value was read at, or the first one tried when nothing is written. */
  path: string
  value: Value | undefined
  /** The resource the value was taken from when the resource writes none itself (a serverless provider). */
  inheritedFrom?: Resource
}

/** The paths a type writes the attribute at, in the order they are tried. */
export function attributePaths(pattern: AttributeShiftPattern, rule: AttributeTypeRule): readonly string[] {
  const own = rule.attribute ?? pattern.attribute
  return typeof own === 'string' ? [own] : own
}

/** The type rule a pattern has for a resource, when it lists the resource's type in the resource's format. */
export function ruleFor(pattern: AttributeShiftPattern, resource: Resource): AttributeTypeRule | undefined {
  const rule = Object.hasOwn(pattern.types, resource.type) ? pattern.types[resource.type] : undefined
  return rule?.format === resource.format ? rule : undefined
}

/** The resource's own value, else the one it inherits from the resource its rule names, else nothing. */
export function readState(
  pattern: AttributeShiftPattern,
  rule: AttributeTypeRule,
  resource: Resource,
  snapshot: readonly Resource[]
): AttributeState {
  const paths = attributePaths(pattern, rule)
  const own = firstWritten(resource, paths)
  if (own !== undefined || rule.inheritsFrom === undefined)
    return own ?? { path: paths[0] as string, value: undefined }
  const parent = sameUnitResource(snapshot, resource, rule.inheritsFrom)
  const inherited = parent && firstWritten(parent, paths)
  return inherited ? { ...inherited, inheritedFrom: parent } : { path: paths[0] as string, value: undefined }
}

function firstWritten(resource: Resource, paths: readonly string[]): AttributeState | undefined {
  for (const path of paths) {
    const value = attributeAt(resource, path)
    if (value !== undefined) return { path, value }
  }
  return undefined
}

/**
 * The side a state puts the rows on. `removed` is true for a head state whose
 * base value was written: then an unset attribute claims nothing where the
 * live value survives the deletion. An unknown value, or an unset one without
 * a known default, claims nothing.
 */
export function sideOfState(
  pattern: AttributeShiftPattern,
  rule: AttributeTypeRule,
  state: AttributeState,
  removed: boolean
): Side | undefined {
  const value = state.value
  if (value !== undefined) return value.kind === 'unknown' ? undefined : sideOfValue(pattern.cases, value)
  if (rule.default === undefined || (removed && rule.removalKeepsValue === true)) return undefined
  return sideOfValue(pattern.cases, rule.default)
}

/** `false`, or `"manual" from provider` for an inherited value. */
export function writtenText(state: AttributeState): string {
  const text = describeValue(state.value as Value)
  return state.inheritedFrom ? `${text} from ${state.inheritedFrom.address}` : text
}

/** What a base state was, for `(was …)`: its value, or `unset, default true`. */
export function beforeText(rule: AttributeTypeRule, state: AttributeState): string {
  if (state.value !== undefined) return writtenText(state)
  return rule.default === undefined ? 'unset' : `unset, default ${JSON.stringify(rule.default)}`
}

/**
 * The change in words: `sets x = false (was unset, default true)`,
 * `drops x = false, which leaves the default true`.
 */
export function changeText(rule: AttributeTypeRule, was: AttributeState, is: AttributeState): string {
  if (is.value === undefined) {
    const leaves =
      rule.default === undefined ? '' : `, which leaves the default ${JSON.stringify(rule.default)}`
    return `drops ${was.path} = ${writtenText(was)}${leaves}`
  }
  const verb = is.inheritedFrom ? 'inherits' : 'sets'
  return `${verb} ${is.path} = ${writtenText(is)} (was ${beforeText(rule, was)})`
}
