import type { Owner, Severity } from '../model.js'
import type { FailOn } from '../report/gate.js'

/** Where the configuration file lives by default, from the repository root. */
export const DEFAULT_CONFIG_FILE = '.github/demarc.yml'

/** The configuration file as the user wrote it: checked against its schema and against what it names. */
export interface RepoConfig {
  /** The file's name in messages and in the report (`.github/demarc.yml`). */
  file: string
  /** Defaults for the gate; a CLI option or an action input wins over them. */
  gate: { failOn?: FailOn; owners?: Owner[] }
  paths: { include: string[]; exclude: string[] }
  rules: RuleSetting[]
  /** Folders of the repository whose `rule.yml` files are compiled with the bundled controls. */
  ruleDirs: string[]
  owners: OwnerSetting[]
  ignores: IgnoreEntry[]
}

/** `rules.<id>`: a control turned off, or given another severity. */
export interface RuleSetting {
  id: string
  enabled: boolean
  severity?: Severity
}

/** `owners.<row>`: a matrix row the organisation assigns differently. */
export interface OwnerSetting {
  row: string
  owner: Owner
  /** The line of the key, so the report can say where it was set. */
  line?: number
}

/** One entry of `ignore`: findings of these rules in matching files are suppressed, with the reason. */
export interface IgnoreEntry {
  rules: string[]
  paths: string[]
  reason: string
  /** The last day (YYYY-MM-DD) the entry suppresses. */
  expires?: string
  /** The entry's line in the file: suppressions and expiry errors point at it. */
  line?: number
}
