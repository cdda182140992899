import type { Owner } from '../model.js'
import { DEFAULT_GATE, type FailOn, type GatePolicy } from '../report/gate.js'
import type { RepoConfig } from './config-types.js'

/** What the command line or the action's inputs gave explicitly: unset means "not given", never a default. */
export interface GivenOptions {
  failOn?: FailOn
  owners?: readonly Owner[]
  include?: readonly string[]
  exclude?: readonly string[]
}

export interface ScanSettings {
  gate: GatePolicy
  include?: string[]
  exclude?: string[]
}

/**
 * Options over the file over the built-in defaults. The gate's two settings
 * are taken one by one: an option given wins, else the file's, else the
 * default. `include` given replaces the file's list (a run narrowed to some
 * folders means those folders); `exclude` given adds to the file's list, so
 * what the repository never wants scanned stays out of every run.
 */
export function mergeSettings(given: GivenOptions, file: RepoConfig | undefined): ScanSettings {
  const gate: GatePolicy = {
    failOn: given.failOn ?? file?.gate.failOn ?? DEFAULT_GATE.failOn,
    owners: [...(given.owners ?? file?.gate.owners ?? DEFAULT_GATE.owners)]
  }
  const include = nonEmpty(given.include) ?? nonEmpty(file?.paths.include)
  const exclude = [...(file?.paths.exclude ?? []), ...(given.exclude ?? [])]
  return {
    gate,
    ...(include === undefined ? {} : { include: [...include] }),
    ...(exclude.length === 0 ? {} : { exclude })
  }
}

function nonEmpty(list: readonly string[] | undefined): readonly string[] | undefined {
  return list === undefined || list.length === 0 ? undefined : list
}
