import type { Span, Value } from '../../model.js'

/** One setting as a file kind's reader finds it, before it becomes a resource. */
export interface SettingEntry {
  /** The full key path: `DB_PASSWORD`, `spring.datasource.password`, `cors.origins[0]`. */
  path: string
  value: Value
  /** From the key to the end of the value. */
  span: Span
}

export interface ReadProblem {
  line: number
  message: string
}

export interface ReadOutput {
  entries: SettingEntry[]
  problems: ReadProblem[]
}

/** Settings read from one file at most; the rest is reported, not read. */
export const MAX_SETTINGS = 10_000

/** Characters of one value that are kept and checked; longer values are cut, with an error. */
export const MAX_VALUE_LENGTH = 65_536
