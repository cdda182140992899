import type { ScanError } from '../model.js'

/** `# demarc:ignore <rule-id>[,<rule-id>…] <reason>` written in a file. */
export interface InlineSuppression {
  file: string
  /** The comment's line. */
  line: number
  /** The first line after the comment that is neither blank nor a comment: the line it speaks of. */
  target: number
  ruleIds: string[]
  reason: string
}

const MARKER = 'demarc:ignore'

/**
 * A comment opener (`#`, `//`, `/*`, `!` in properties, `;`) at the start of
 * a line or after a space, then the marker: so `"# demarc:ignore"` inside a
 * quoted value is rare, and a URL fragment (`a#demarc:ignore`) never counts.
 */
const COMMENT = /(?:^|\s)(?:#|\/\/|\/\*|!|;)\s*demarc:ignore\b(.*)$/
const COMMENT_LINE = /^\s*(?:#|\/\/|\/\*|\*|!|;)/
const RULE_IDS = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:,[a-z0-9]+(?:-[a-z0-9]+)*)*$/

/**
 * The inline suppressions of one file, and an error for each one that is
 * not well-formed (no rule id, or no reason: a suppression must say why).
 * Formats without comments (JSON) have none; use the configuration file.
 */
export function inlineSuppressions(
  file: string,
  text: string
): { suppressions: InlineSuppression[]; errors: ScanError[] } {
  const suppressions: InlineSuppression[] = []
  const errors: ScanError[] = []
  if (!text.includes(MARKER)) return { suppressions, errors }
  const lines = text.split(/\r?\n/)
  lines.forEach((content, index) => {
    const match = COMMENT.exec(content)
    if (match === null) return
    const line = index + 1
    const words = (match[1] ?? '').replace(/\*\/\s*$/, '').trim()
    const [ids = '', ...rest] = words.split(/\s+/)
    const reason = rest.join(' ').trim()
    if (ids === '' || !RULE_IDS.test(ids)) {
      errors.push({
        file,
        line,
        message: `${MARKER} needs a rule id and a reason: \`${MARKER} <rule-id> <reason>\``
      })
      return
    }
    if (reason === '') {
      errors.push({
        file,
        line,
        message: `${MARKER} ${ids} has no reason, so it is not applied: say why, \`${MARKER} ${ids} <reason>\``
      })
      return
    }
    suppressions.push({ file, line, target: targetLine(lines, index), ruleIds: ids.split(','), reason })
  })
  return { suppressions, errors }
}

function targetLine(lines: readonly string[], index: number): number {
  for (let i = index + 1; i < lines.length; i++) {
    const content = lines[i] as string
    if (content.trim() !== '' && !COMMENT_LINE.test(content)) return i + 1
  }
  return index + 1
}
