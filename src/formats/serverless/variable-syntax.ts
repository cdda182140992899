/** One `${…}` of the framework's variable syntax in a string: where it is and what is inside. */
export interface Occurrence {
  start: number
  /** Just past the closing `}`. */
  end: number
  inner: string
}

/**
 * What starts a variable: a source and a colon (`self:`, `opt:`, `env:`,
 * `ssm:`, `file(./x.yml):`), `file(…)`, or a nested variable. `${AWS::Region}`
 * and `${Bucket.Arn}` are CloudFormation's `Fn::Sub` syntax and are left alone.
 */
const VARIABLE = /^\s*(?:[a-zA-Z][\w-]*(?:\([^)]*\))?:(?!:)|file\(|\$\{)/

/** The top-level variables of a string, in order. */
export function findVariables(text: string): Occurrence[] {
  const found: Occurrence[] = []
  let from = 0
  for (let at = text.indexOf('${'); at >= 0; at = text.indexOf('${', from)) {
    const close = closingBrace(text, at + 2)
    if (close < 0) break
    const inner = text.slice(at + 2, close)
    if (VARIABLE.test(inner)) found.push({ start: at, end: close + 1, inner })
    from = VARIABLE.test(inner) ? close + 1 : at + 2
  }
  return found
}

/** The `}` that closes a variable whose text starts at `from`, skipping nested variables and quotes. */
function closingBrace(text: string, from: number): number {
  let depth = 1
  for (let i = from; i < text.length; i++) {
    const c = text[i]
    if (c === '$' && text[i + 1] === '{') {
      depth++
      i++
    } else if (c === '}') {
      if (--depth === 0) return i
    } else if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1)
      if (end < 0) return -1
      i = end
    }
  }
  return -1
}

/** The comma-separated sources of a variable (`opt:stage, 'dev'`), outside quotes, parentheses and nested variables. */
export function splitSources(inner: string): string[] {
  const sources: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]
    if (c === "'" || c === '"') {
      const end = inner.indexOf(c, i + 1)
      if (end < 0) break
      i = end
    } else if (c === '(' || c === '{') depth++
    else if (c === ')' || c === '}') depth--
    else if (c === ',' && depth === 0) {
      sources.push(inner.slice(start, i).trim())
      start = i + 1
    }
  }
  sources.push(inner.slice(start).trim())
  return sources
}
