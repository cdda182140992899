/** A YAML file that cannot be read, with the 1-based line of the problem when known. */
export class YamlError extends Error {
  constructor(
    message: string,
    readonly line?: number
  ) {
    super(message)
    this.name = 'YamlError'
  }
}
