function lineAt(text: string, index: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++
  return line
}

/**
 * Why a file cannot be Terraform text (a NUL byte, or bytes that were not
 * valid UTF-8), with the line; undefined when it is text.
 */
export function textProblem(text: string): { line: number; message: string } | undefined {
  const nul = text.indexOf('\u0000')
  if (nul >= 0) {
    return {
      line: lineAt(text, nul),
      message: 'expected UTF-8 text, found a NUL byte (is this a binary file?)'
    }
  }
  const invalid = text.indexOf('\ufffd')
  if (invalid >= 0) {
    return {
      line: lineAt(text, invalid),
      message: 'expected UTF-8 text, found bytes that are not valid UTF-8'
    }
  }
  return undefined
}
