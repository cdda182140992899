/** One thing wrong with a rule file: which file, which key, what was expected and found. */
export interface RuleProblem {
  file: string
  /** Key path inside the file, e.g. `formats.terraform.assert.all[1]`; '' for the whole document. */
  path: string
  message: string
}

/** Every problem found while loading rules, reported together. */
export class RuleFileError extends Error {
  readonly problems: RuleProblem[]

  constructor(problems: RuleProblem[]) {
    const lines = problems.map(formatProblem)
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in rule files:\n${lines.join('\n')}`)
    this.name = 'RuleFileError'
    this.problems = problems
  }
}

export function formatProblem(problem: RuleProblem): string {
  return problem.path === ''
    ? `${problem.file}: ${problem.message}`
    : `${problem.file}: ${problem.path}: ${problem.message}`
}
