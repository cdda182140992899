/** Something in a compose file that could not be read as written, at its line. */
export interface ComposeProblem {
  line: number
  message: string
}

export function describeValueKind(kind: string): string {
  if (kind === 'map') return 'a mapping'
  if (kind === 'list') return 'a list'
  if (kind === 'null') return 'null'
  return `a ${kind}`
}
