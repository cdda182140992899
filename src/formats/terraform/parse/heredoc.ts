import type { Expr, TemplatePart } from './ast.js'
import { describeChar } from './describe.js'
import type { Lexer } from './lexer.js'
import { HclSyntaxError } from './syntax-error.js'
import { type TemplateMode, finishTemplate, scanParts, skipIndent, templateNode } from './template.js'

interface Closing {
  /** Offset of the closing marker's line (where the body ends). */
  lineAt: number
  /** Offset of the marker itself, after any indentation. */
  markerAt: number
  /** Fewest leading spaces or tabs over the body's non-blank lines. */
  minIndent: number
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9
}

/** Finds the line that holds only the marker (indentation allowed), measuring indentation on the way. */
function findClosing(s: Lexer, bodyStart: number, marker: string, openLine: number): Closing {
  const text = s.text
  const len = text.length
  let minIndent = Infinity
  let line = openLine + 1
  for (let at = bodyStart; ; line++) {
    let q = at
    while (q < len && isBlank(text.charCodeAt(q))) q++
    const nl = text.indexOf('\n', q)
    let contentEnd = nl < 0 ? len : nl
    if (contentEnd > q && text.charCodeAt(contentEnd - 1) === 13) contentEnd--
    if (contentEnd - q === marker.length && text.startsWith(marker, q))
      return { lineAt: at, markerAt: q, minIndent }
    if (q < contentEnd && q - at < minIndent) minIndent = q - at
    if (nl < 0) break
    at = nl + 1
  }
  // Reported on the last line of the file that has any text.
  const lastLine = text.endsWith('\n') ? line - 1 : line
  throw new HclSyntaxError(
    `expected the marker '${marker}' to close the heredoc opened at line ${openLine}, found end of file`,
    lastLine
  )
}

/**
 * Scans a heredoc; the current token is its `<<MARKER` or `<<-MARKER`
 * opener. `<<-` removes the smallest indentation of the non-blank lines
 * from every line, as Terraform does; CRLF line breaks become LF.
 */
export function parseHeredoc(s: Lexer): Expr {
  const text = s.text
  const { tokLine: line, tokCol: column, tokStart: start, marker, flush } = s
  let p = s.tokEnd
  while (p < text.length && (isBlank(text.charCodeAt(p)) || text.charCodeAt(p) === 13)) p++
  if (text.charCodeAt(p) !== 10) {
    throw new HclSyntaxError(
      `expected a new line after the heredoc opener '<<${flush ? '-' : ''}${marker}', found ${describeChar(text, p)}`,
      line
    )
  }
  const bodyStart = p + 1
  const closing = findClosing(s, bodyStart, marker, line)
  const indent = flush && closing.minIndent !== Infinity ? closing.minIndent : 0
  const mode: TemplateMode = { quoted: false, end: closing.lineAt, indent, openLine: line }
  s.line++
  s.lineStart = bodyStart
  s.pos = skipIndent(text, bodyStart, mode)
  const parts: TemplatePart[] = []
  const result = scanParts(s, mode, parts, false)
  if (result.closer !== 'end') {
    throw new HclSyntaxError(
      `expected text or '%{ if }' / '%{ for }' before '%{ ${result.closer} }', found none`,
      s.line
    )
  }
  const markerEnd = closing.markerAt + marker.length
  finishTemplate(s, markerEnd, markerEnd - s.lineStart)
  return templateNode(s, parts, line, column, start)
}
