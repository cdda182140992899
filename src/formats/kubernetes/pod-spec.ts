import type { MapValue, Value } from '../../model.js'

const TEMPLATE = ['spec', 'template', 'spec']
const JOB_TEMPLATE = ['spec', 'jobTemplate', 'spec', 'template', 'spec']

/** Where each built-in workload keeps the spec of the pods it runs. */
const POD_SPEC_PATHS: Readonly<Record<string, readonly string[]>> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  Deployment: TEMPLATE,
  StatefulSet: TEMPLATE,
  DaemonSet: TEMPLATE,
  ReplicaSet: TEMPLATE,
  ReplicationController: TEMPLATE,
  Job: TEMPLATE,
  CronJob: JOB_TEMPLATE
}

/**
 * The pod spec of a workload, the very value in the manifest, so that rules
 * read `podSpec.containers` whatever the kind. Built-in kinds are looked up
 * by their path; any other kind (a custom workload) counts when it carries a
 * pod template shaped like a Deployment's or a CronJob's, with `containers`.
 */
export function podSpecOf(kind: string, body: MapValue): MapValue | undefined {
  const known = POD_SPEC_PATHS[kind]
  if (known !== undefined) return asMap(at(body, known))
  for (const path of [TEMPLATE, JOB_TEMPLATE]) {
    const spec = asMap(at(body, path))
    if (spec?.entries.has('containers')) return spec
  }
  return undefined
}

function at(value: Value, path: readonly string[]): Value | undefined {
  let current: Value | undefined = value
  for (const key of path) current = current?.kind === 'map' ? current.entries.get(key) : undefined
  return current
}

function asMap(value: Value | undefined): MapValue | undefined {
  return value?.kind === 'map' ? value : undefined
}
