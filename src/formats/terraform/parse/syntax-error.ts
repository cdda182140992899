/** A syntax error in one HCL file, with the 1-based line where it was found. */
export class HclSyntaxError extends Error {
  readonly line: number

  constructor(message: string, line: number) {
    super(message)
    this.name = 'HclSyntaxError'
    this.line = line
  }
}
