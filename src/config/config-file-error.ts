import { formatProblem, type RuleProblem } from '../engine/index.js'

/** One thing wrong with the configuration file: the file, the key path (`rules.s3-x.severity`), what is wrong. */
export type ConfigProblem = RuleProblem

/**
 * Every problem found in the configuration file, reported together. A bad
 * configuration is a usage error: the CLI exits 2 and the action fails the
 * step with this message, before anything is scanned.
 */
export class ConfigFileError extends Error {
  readonly problems: ConfigProblem[]

  constructor(problems: ConfigProblem[]) {
    const lines = problems.map(formatProblem)
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`
    super(`${count} in the configuration file:\n${lines.join('\n')}`)
    this.name = 'ConfigFileError'
    this.problems = problems
  }
}
