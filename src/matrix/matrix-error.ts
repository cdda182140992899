/** Every problem found while loading the matrix and the services catalogue, thrown at once. */
export class MatrixLoadError extends Error {
  readonly problems: readonly string[]

  constructor(problems: readonly string[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`
    super(
      `The responsibility matrix could not be loaded (${count}):\n${problems.map(p => `- ${p}`).join('\n')}`
    )
    this.name = 'MatrixLoadError'
    this.problems = problems
  }
}
