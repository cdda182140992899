import { globToRegExp } from '../path-glob.js'
import type { ConfigProblem } from './config-file-error.js'
import type { RepoConfig } from './config-types.js'
import { didYouMean } from './did-you-mean.js'
import { keyPathOf, type Keys } from './key-path.js'

/** What the schema cannot check on its own: globs that compile, dates that exist, settings that agree. */
export function configValueProblems(config: RepoConfig): ConfigProblem[] {
  const problem = (keys: Keys, message: string): ConfigProblem => ({
    file: config.file,
    path: keyPathOf(keys),
    message
  })
  const globs: [Keys, string][] = [
    ...config.paths.include.map((g, i): [Keys, string] => [['paths', 'include', i], g]),
    ...config.paths.exclude.map((g, i): [Keys, string] => [['paths', 'exclude', i], g]),
    ...config.ignores.flatMap((entry, i) =>
      entry.paths.map((g, j): [Keys, string] => [['ignore', i, 'paths', j], g])
    )
  ]
  return [
    ...globs.flatMap(([keys, glob]) => {
      const error = globError(glob)
      return error === undefined ? [] : [problem(keys, `not a glob Demarc can read: ${error}`)]
    }),
    ...config.ignores.flatMap((entry, i) =>
      entry.expires === undefined || isRealDate(entry.expires)
        ? []
        : [problem(['ignore', i, 'expires'], `expected a real date, found "${entry.expires}"`)]
    ),
    ...config.rules
      .filter(r => !r.enabled && r.severity !== undefined)
      .map(r =>
        problem(
          ['rules', r.id],
          'a severity has no effect on a control that is turned off; keep enabled: false or severity'
        )
      )
  ]
}

/** What the file names must exist: rule ids among the compiled controls, row ids among the matrix's rows. */
export function configNameProblems(
  config: RepoConfig,
  ruleIds: ReadonlySet<string>,
  rowIds: readonly string[]
): ConfigProblem[] {
  const problem = (keys: Keys, message: string): ConfigProblem => ({
    file: config.file,
    path: keyPathOf(keys),
    message
  })
  return [
    ...config.rules
      .filter(r => !ruleIds.has(r.id))
      .map(r => problem(['rules', r.id], `unknown rule id${didYouMean(r.id, ruleIds)}`)),
    ...config.ignores.flatMap((entry, i) =>
      entry.rules
        .filter(id => !ruleIds.has(id))
        .map(id => problem(['ignore', i, 'rule'], `unknown rule id '${id}'${didYouMean(id, ruleIds)}`))
    ),
    ...config.owners
      .filter(o => !rowIds.includes(o.row))
      .map(o =>
        problem(
          ['owners', o.row],
          `unknown matrix row${didYouMean(o.row, rowIds)}; expected one of ${rowIds.join(', ')}`
        )
      )
  ]
}

function globError(glob: string): string | undefined {
  try {
    globToRegExp(glob)
    return undefined
  } catch (error) {
    return (error as Error).message
  }
}

/** `YYYY-MM-DD` naming a day that exists (no 2026-02-30). */
export function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (match === null) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}
