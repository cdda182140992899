import type { MapValue, Span, Value } from '../../model.js'

/**
 * The older IAM settings of a provider (or of a function, as the per-function
 * roles plugin writes them) and where the current layout keeps them, under
 * `iam.role`. Rules read one place whichever layout a file uses.
 */
const ROLE_FIELDS: Readonly<Record<string, string>> = {
  iamRoleStatements: 'statements',
  iamManagedPolicies: 'managedPolicies',
  rolePermissionsBoundary: 'permissionsBoundary'
}

interface Moved {
  value: Value
  keySpan: Span | undefined
}

/**
 * `iamRoleStatements`, `iamManagedPolicies` and `rolePermissionsBoundary`
 * become `iam.role.statements`, `iam.role.managedPolicies` and
 * `iam.role.permissionsBoundary` (lists are joined, the current layout's
 * items first); `role` becomes `iam.role` and `cfnRole` `iam.deploymentRole`
 * when those are not set. When `iam.role` is a role's ARN (a string), the
 * older statements are left where they are: no role of the file gets them.
 */
export function normaliseIam(map: MapValue): MapValue {
  const has = (key: string): boolean => map.entries.has(key)
  if (!Object.keys(ROLE_FIELDS).some(has) && !has('role') && !has('cfnRole')) return map
  const iam = map.entries.get('iam')
  if (iam !== undefined && iam.kind !== 'map') return map
  const entries = new Map(map.entries)
  const keySpans = new Map(map.keySpans ?? [])
  const take = (key: string): Moved | undefined => {
    const value = entries.get(key)
    if (value === undefined) return undefined
    const keySpan = keySpans.get(key)
    entries.delete(key)
    keySpans.delete(key)
    return { value, keySpan }
  }
  const target = copyMap(iam ?? emptyMap(firstSpan(map)))
  const role = target.entries.get('role')
  if (role === undefined || role.kind === 'map') {
    const fields = copyMap(role ?? emptyMap(target.span))
    for (const [old, field] of Object.entries(ROLE_FIELDS)) join(fields, field, take(old))
    if (fields.entries.size > 0) put(target, 'role', { value: fields, keySpan: undefined })
  }
  if (!target.entries.has('role')) putIfAbsent(target, 'role', take('role'))
  if (!target.entries.has('deploymentRole')) putIfAbsent(target, 'deploymentRole', take('cfnRole'))
  entries.set('iam', target)
  if (!keySpans.has('iam')) keySpans.set('iam', target.span)
  return { kind: 'map', entries, keySpans, span: map.span }
}

function join(fields: MapValue, field: string, moved: Moved | undefined): void {
  if (moved === undefined) return
  const current = fields.entries.get(field)
  if (current?.kind === 'list' && moved.value.kind === 'list')
    put(fields, field, {
      value: { ...current, items: [...current.items, ...moved.value.items] },
      keySpan: undefined
    })
  else putIfAbsent(fields, field, moved)
}

function put(map: MapValue, key: string, moved: Moved): void {
  map.entries.set(key, moved.value)
  if (moved.keySpan !== undefined) map.keySpans?.set(key, moved.keySpan)
  else if (!map.keySpans?.has(key)) map.keySpans?.set(key, moved.value.span)
}

function putIfAbsent(map: MapValue, key: string, moved: Moved | undefined): void {
  if (moved !== undefined && !map.entries.has(key)) put(map, key, moved)
}

function copyMap(map: MapValue): MapValue {
  return { kind: 'map', entries: new Map(map.entries), keySpans: new Map(map.keySpans ?? []), span: map.span }
}

function emptyMap(span: Span): MapValue {
  return { kind: 'map', entries: new Map(), keySpans: new Map(), span }
}

/** Where a new `iam` map is placed: at the first older setting it gathers. */
function firstSpan(map: MapValue): Span {
  for (const key of [...Object.keys(ROLE_FIELDS), 'role', 'cfnRole']) {
    const value = map.entries.get(key)
    if (value !== undefined) return value.span
  }
  return map.span
}
