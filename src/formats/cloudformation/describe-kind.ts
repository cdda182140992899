import type { Value } from '../../model.js'
import { describeValue } from '../../values.js'

/** What a value is, for errors: `a list`, `a map`, `the string "x"`, `!Ref Thing`. */
export function describeKind(value: Value): string {
  switch (value.kind) {
    case 'list':
      return 'a list'
    case 'map':
      return 'a map'
    case 'null':
      return 'nothing'
    case 'unknown':
      return `\`${value.expr}\``
    default:
      return `the ${value.kind === 'bool' ? 'boolean' : value.kind} ${describeValue(value, 40)}`
  }
}
