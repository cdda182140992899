import type { ScanError } from '../../model.js'
import type { SourceFile } from '../format.js'
import { textProblem } from '../text/text-problem.js'
import type { HclFile } from './parse/ast.js'
import { type HclOptions, parseHcl } from './parse/body.js'
import { HclSyntaxError } from './parse/syntax-error.js'

/** One file's syntax, or nothing but its error (not text, or a syntax error). */
export function parseSourceFile(
  file: SourceFile,
  options: HclOptions,
  errors: ScanError[]
): HclFile | undefined {
  const problem = textProblem(file.text)
  if (problem !== undefined) {
    errors.push({ file: file.path, ...problem })
    return undefined
  }
  try {
    return parseHcl(file.path, file.text, options)
  } catch (error) {
    if (error instanceof HclSyntaxError)
      errors.push({ file: file.path, line: error.line, message: error.message })
    else errors.push({ file: file.path, message: `could not parse the file: ${String(error)}` })
    return undefined
  }
}
