import type { Finding, Owner, Report, Severity } from '../model.js'
import { code, escapeText, inlineMessage, sentence } from './escape.js'
import { fitMarkdown, GITHUB_LIMITS, utf8Length } from './limits.js'
import { rowTitle } from './markdown.js'
import { ownerOverrideOf, overrideWords } from './owner-override.js'

export interface ReviewCommentOptions {
  /** The text that should replace the commented line(s), offered as a ```suggestion block. */
  suggestion?: string
  /**
   * The line the comment is posted on, when that is not the finding's own line
   * (which is outside the pull request's diff): the nearest changed line of
   * the same resource.
   */
  anchoredFrom?: number
}

const MARK: Record<Severity, string> = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵', info: '⚪' }
const FIXED_PREFIX = '✅ Fixed'
/**
 * A suggestion is code, committed as it is: one holding control characters
 * (other than tab and newline) or bidirectional controls is not offered.
 */
const UNSAFE_IN_SUGGESTION =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/

/**
 * The body of an inline review comment on a new finding: what is wrong, whose
 * responsibility it is, why it matters, how to fix it (with a suggestion when
 * given), references, and last the hidden {@link findingMarker} by which the
 * adapter finds the comment again. Always within GitHub's comment size.
 */
export function renderReviewComment(
  finding: Finding,
  report: Report,
  options: ReviewCommentOptions = {}
): string {
  const marker = findingMarker(finding.fingerprint)
  const before = [
    firstLine(finding),
    concrete(finding),
    `**Responsibility:** ${responsibility(finding, report)}`,
    `**Why it matters:** ${inlineMessage(finding.explanation, { max: 2_000 })}`,
    `**How to fix:** ${inlineMessage(finding.remediation, { max: 2_000 })}`
  ]
  const after = [references(finding), anchorNote(finding, options.anchoredFrom)].filter(p => p !== '')
  const room = GITHUB_LIMITS.commentBodyBytes - utf8Length(`\n\n${marker}\n`)
  let suggestion = options.suggestion === undefined ? '' : suggestionBlock(options.suggestion)
  if (suggestion !== '' && utf8Length([...before, suggestion, ...after].join('\n\n')) > room)
    suggestion = '_The suggested change is too long to show here._'
  const body = [...before, ...(suggestion === '' ? [] : [suggestion]), ...after].join('\n\n')
  return `${fitMarkdown(body, room, '_(shortened)_').trimEnd()}\n\n${marker}\n`
}

function firstLine(f: Finding): string {
  const severity = `${f.severity[0]?.toUpperCase()}${f.severity.slice(1)}`
  return `**${MARK[f.severity]} ${severity}: ${escapeText(f.title, 200)}** · ${code(f.ruleId, { max: 100 })}`
}

function concrete(f: Finding): string {
  const removed =
    f.removedLine === undefined
      ? ''
      : ` This pull request removed the setting that prevented it (line ${f.removedLine} of the base).`
  return `${sentence(`${code(f.address, { max: 200 })}: ${inlineMessage(f.message, { max: 500 })}`)}${removed}`
}

/** The matrix row in words; for an AWS row, that the setting is still the customer's. One sentence. */
function responsibility(f: Finding, report: Report): string {
  const row = `*${escapeText(rowTitle(report, f.row), 200)}*`
  const words: Record<Owner, string> = {
    customer: `${row} is the customer's side of the shared responsibility model, so getting this right is yours.`,
    shared: `${row} is shared: AWS secures the service underneath, and how this resource is configured is yours.`,
    aws: `${row} is AWS's side of the shared responsibility model, but this setting is still yours: AWS can only do its part as far as your configuration lets it.`
  }
  const override = ownerOverrideOf(report, f.row)
  if (override === undefined) return words[f.owner]
  const owner = f.owner === 'aws' ? 'AWS' : f.owner
  return `${words[f.owner]} The owner is ${owner}, ${overrideWords(override, code(override.file, { max: 300 }))}.`
}

/** A fenced ```suggestion block whose fence is longer than any run of backticks in it. */
function suggestionBlock(text: string): string {
  const body = text.replace(/\r\n?/g, '\n').replace(/\n$/, '')
  if (UNSAFE_IN_SUGGESTION.test(body))
    return '_A suggested change is not shown: the line holds control or bidirectional characters._'
  let longest = 0
  for (const run of body.match(/`+/g) ?? []) longest = Math.max(longest, run.length)
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return `${fence}suggestion\n${body}\n${fence}`
}

function references(f: Finding): string {
  const items = f.references.map(r => {
    const target = linkTarget(r.url)
    const id = escapeText(r.id, 100)
    return target === undefined ? id : `[${id}](${target})`
  })
  return items.length === 0 ? '' : `**References:** ${items.join(' · ')}`
}

/** An http(s) URL made safe as a markdown link destination; anything else is not linked. */
export function linkTarget(url: string | undefined): string | undefined {
  if (url === undefined || url.length > 2_000) return undefined
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined
  if (parsed.username !== '' || parsed.password !== '') return undefined
  return parsed.href.replace(
    /[()<>\\`"'\s]/g,
    c => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
  )
}

function anchorNote(f: Finding, anchoredFrom: number | undefined): string {
  if (anchoredFrom === undefined || anchoredFrom === f.line) return ''
  return `_The finding is on line ${f.line}, outside this pull request's changes; it is reported on line ${anchoredFrom}, the nearest changed line of ${code(f.address, { max: 200 })}._`
}

/** The hidden line that identifies a finding's comment across pushes. */
export function findingMarker(fingerprint: string): string {
  // Encoded, so that no fingerprint can close the HTML comment.
  return `<!-- demarc:finding:${encodeURIComponent(fingerprint)} -->`
}

/** The fingerprint in a comment body written by {@link renderReviewComment} (its last marker), or undefined. */
export function parseFindingMarker(body: string): string | undefined {
  const found = [...body.matchAll(/<!-- demarc:finding:([^\s>]+) -->/g)].at(-1)?.[1]
  if (found === undefined) return undefined
  try {
    return decodeURIComponent(found)
  } catch {
    return undefined
  }
}

/**
 * What a fixed note needs of a finding: its fingerprint, and its title and
 * address when the report still has it (a finding that an earlier push
 * introduced and a later one removed is in no report at all).
 */
export type FixedFinding = Pick<Finding, 'fingerprint'> & Partial<Pick<Finding, 'title' | 'address'>>

/**
 * The first line of a comment whose finding is fixed: `✅ Fixed in <sha12>:
 * …`. Use {@link applyFixedNote} to put it on a comment.
 */
export function renderFixedNote(finding: FixedFinding, options: { head?: string | null } = {}): string {
  const { head } = options
  const where = head === undefined || head === null ? '' : ` in ${code(head.slice(0, 12))}`
  const what =
    finding.title === undefined || finding.address === undefined
      ? 'the pull request no longer has this finding.'
      : `**${escapeText(finding.title, 200)}** no longer applies to ${code(finding.address, { max: 200 })}.`
  return `${FIXED_PREFIX}${where}: ${what}`
}

/**
 * A review comment's body once its finding is fixed: the {@link renderFixedNote}
 * line, the original comment collapsed (its suggestion turned into plain code,
 * so it can no longer be committed), and the finding marker last. Idempotent:
 * a body that is already marked fixed is returned as it is.
 */
export function applyFixedNote(
  body: string,
  finding: FixedFinding,
  options: { head?: string | null } = {}
): string {
  if (body.startsWith(FIXED_PREFIX)) return body
  const marker = findingMarker(finding.fingerprint)
  const original = body
    .split(marker)
    .join('')
    .trimEnd()
    .replace(/^(`{3,})suggestion[ \t]*$/gm, '$1text')
  const open = `${renderFixedNote(finding, options)}\n\n<details>\n<summary>Original comment</summary>\n\n`
  const close = `\n\n</details>\n\n${marker}\n`
  const room = GITHUB_LIMITS.commentBodyBytes - utf8Length(open) - utf8Length(close)
  return `${open}${fitMarkdown(original, room, '_(shortened)_').trimEnd()}${close}`
}
