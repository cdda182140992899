import type { MapValue, Resource, Value } from '../../model.js'
import { locateValue } from './locate-value.js'
import type { PlanEntry, TerraformPlan } from './plan.js'
import { planValue } from './plan-value.js'

export type PlanSide = 'before' | 'after'

/**
 * The key under which a replaced resource's head body says so: derived, so
 * never listed as a changed attribute, but it makes base and head differ,
 * so a replacement is a change even when no value Terraform shows differs.
 */
export const REPLACED = '__replaced'

/** `module.a["x"].aws_s3_bucket.b[0]` → `module.a.aws_s3_bucket.b`, the address as source declares it. */
export function sourceAddress(address: string): string {
  return address.replace(/\[(?:"(?:[^"\\]|\\.)*"|[^\]]*)\]/g, '')
}

/**
 * The resources one side of the plan holds: `before` values for the base,
 * `after` values for the head. A data source is read, not changed: its
 * `after` (else `before`) stands on both sides. Each resource is placed on
 * its source resource when `located` holds its address (file, block span,
 * attribute spans), else on its entry in the plan file.
 */
export function planResources(
  plan: TerraformPlan,
  side: PlanSide,
  unit: string,
  located: ReadonlyMap<string, Resource>
): Resource[] {
  const resources: Resource[] = []
  for (const entry of plan.entries) {
    const body = sideBody(entry, side)
    if (body === undefined) continue
    const type = entry.mode === 'data' ? `data.${entry.type}` : entry.type
    const source = located.get(sourceAddress(entry.address))
    const resource: Resource = {
      file: source?.file ?? plan.file,
      format: 'terraform',
      type,
      address: entry.address,
      key: `${unit}//${entry.address}`,
      span: source?.span ?? entry.span,
      body: source === undefined ? body : (locateValue(body, source.body, source.span) as MapValue)
    }
    if (side === 'after' && isReplace(entry.actions)) markReplaced(resource)
    resources.push(resource)
  }
  return resources
}

function sideBody(entry: PlanEntry, side: PlanSide): MapValue | undefined {
  const after =
    entry.after === undefined ? undefined : { value: entry.after, sensitive: entry.afterSensitive }
  const before =
    entry.before === undefined ? undefined : { value: entry.before, sensitive: entry.beforeSensitive }
  const chosen = entry.mode === 'data' ? (after ?? before) : side === 'after' ? after : before
  if (chosen === undefined) return undefined
  const unknown = chosen === after ? entry.afterUnknown : undefined
  const value = planValue(chosen.value, unknown, chosen.sensitive, entry.span)
  return value?.kind === 'map' ? value : emptyMap(value ?? chosen.value)
}

function emptyMap(at: Value): MapValue {
  return { kind: 'map', entries: new Map(), keySpans: new Map(), span: at.span }
}

function isReplace(actions: readonly string[]): boolean {
  return actions.includes('delete') && actions.includes('create')
}

function markReplaced(resource: Resource): void {
  const { body } = resource
  body.entries.set(REPLACED, { kind: 'bool', value: true, span: resource.span })
  body.keySpans?.set(REPLACED, resource.span)
  resource.derived = [REPLACED]
}
