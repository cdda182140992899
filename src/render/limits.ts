/**
 * GitHub's size limits, in one place: every renderer that writes to GitHub
 * fits its output to one of these, and nothing else in Demarc hard-codes them.
 *
 * GitHub states most of them in "characters" without saying which encoding it
 * counts, and it has been seen to count bytes (github/rest-api-description#5399).
 * Demarc therefore bounds **UTF-8 bytes**: a string's UTF-8 length is never
 * less than its length in code points or in UTF-16 code units, so a text
 * within N bytes is within N characters however GitHub counts them.
 */
export const GITHUB_LIMITS = {
  /**
   * Check run `output.summary`: "Maximum length: 65535 characters".
   * https://docs.github.com/rest/checks/runs#create-a-check-run
   */
  checkRunSummaryBytes: 65_535,
  /** Check run `output.text`: "Maximum length: 65535 characters" (same page). */
  checkRunTextBytes: 65_535,
  /**
   * "The Checks API limits the number of annotations to a maximum of 50 per API
   * request. To create more than 50 annotations, you have to make multiple
   * requests to the Update a check run endpoint." (same page)
   */
  annotationsPerRequest: 50,
  /** Annotation `title`: "The maximum size is 255 characters." (same page) */
  annotationTitleBytes: 255,
  /**
   * Annotation `message` and `raw_details`: "The maximum size is 64 KB." (same
   * page). Read as 64,000 bytes, the stricter of the two meanings of KB.
   */
  annotationMessageBytes: 64_000,
  /**
   * Issue comments (the summary comment) and pull request review comments:
   * GitHub refuses a longer body with 422 "Body is too long (maximum is 65536
   * characters)".
   * https://docs.github.com/rest/issues/comments#create-an-issue-comment
   * https://docs.github.com/rest/pulls/comments#create-a-review-comment-for-a-pull-request
   */
  commentBodyBytes: 65_536,
  /**
   * Job summary (`GITHUB_STEP_SUMMARY`): "each step is restricted to a maximum
   * size of 1MiB. … If more than 1MiB of content is added for a step, then the
   * upload for the step will fail". The budget is for everything one step writes.
   * https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands#step-isolation-and-limits
   */
  jobSummaryBytes: 1_048_576,
  /**
   * SARIF for code scanning: a file over these maximums is rejected.
   * https://docs.github.com/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning#validating-your-sarif-file
   */
  sarifRunsPerFile: 20,
  sarifResultsPerRun: 25_000,
  sarifRulesPerRun: 25_000,
  sarifTagsPerRule: 20,
  sarifLocationsPerResult: 1_000,
  /** "For each gzip-compressed SARIF file, SARIF upload supports a maximum size of 10 MB." (same page) */
  sarifGzipBytes: 10_000_000,
  /** `reportingDescriptor.name`: "Limited to 255 characters." (same page, supported properties) */
  sarifRuleNameBytes: 255,
  /** `shortDescription.text` and `fullDescription.text`: "Limited to 1024 characters." (same page) */
  sarifDescriptionBytes: 1_024
} as const

/**
 * The length of `text` in UTF-8, as GitHub receives it (a lone surrogate counts as the three bytes of
 * U+FFFD it becomes). Counted without encoding: renderers ask for every row of a long report.
 */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

export interface Budget {
  /** UTF-8 bytes. */
  bytes?: number
  /** UTF-16 code units (`String.length`). */
  chars?: number
}

/**
 * Plain text shortened to a budget, ending in `ellipsis` when shortened. Cuts
 * only between code points, so no UTF-8 sequence or surrogate pair is split.
 * Returns '' when not even the ellipsis fits.
 */
export function fitText(text: string, budget: Budget, ellipsis = '…'): string {
  const maxBytes = budget.bytes ?? Number.POSITIVE_INFINITY
  const maxChars = budget.chars ?? Number.POSITIVE_INFINITY
  if (text.length <= maxChars && utf8Length(text) <= maxBytes) return text
  let bytes = utf8Length(ellipsis)
  let chars = ellipsis.length
  if (bytes > maxBytes || chars > maxChars) return ''
  let end = 0
  for (const point of text) {
    const size = codePointBytes(point.codePointAt(0) as number)
    if (bytes + size > maxBytes || chars + point.length > maxChars) break
    bytes += size
    chars += point.length
    end += point.length
  }
  return `${text.slice(0, end)}${ellipsis}`
}

function codePointBytes(point: number): number {
  if (point < 0x80) return 1
  if (point < 0x800) return 2
  // A lone surrogate is sent as U+FFFD, three bytes.
  if (point < 0x10000) return 3
  return 4
}

/**
 * Markdown shortened to a byte budget by dropping whole blocks from the end:
 * it is cut only at a blank line outside any fenced code block and any
 * `<details>` element, so no table, list, fence or collapsed section is left
 * half open. `note` (already markdown) is appended as its own paragraph when
 * something was dropped. Returns `note` alone, shortened, when no block fits.
 */
export function fitMarkdown(markdown: string, maxBytes: number, note = ''): string {
  if (utf8Length(markdown) <= maxBytes) return markdown
  const tail = note === '' ? '\n' : `\n\n${note}\n`
  const room = maxBytes - utf8Length(tail)
  let best = 0
  for (const cut of safeCuts(markdown)) {
    if (utf8Length(markdown.slice(0, cut).trimEnd()) > room) break
    best = cut
  }
  const kept = markdown.slice(0, best).trimEnd()
  if (kept === '') return fitText(note === '' ? '' : `${note}\n`, { bytes: maxBytes }, '')
  return `${kept}${tail}`
}

/** Offsets of the blank lines at which `markdown` can be cut without leaving a block open, in order. */
function safeCuts(markdown: string): number[] {
  const cuts: number[] = []
  let fence: string | undefined
  let details = 0
  let offset = 0
  for (const line of markdown.split('\n')) {
    const trimmed = line.trim()
    const opener = /^(`{3,}|~{3,})/.exec(trimmed)?.[1]
    if (fence !== undefined) {
      if (trimmed.startsWith(fence) && trimmed.slice(fence.length).trim() === '') fence = undefined
    } else if (opener !== undefined) fence = opener
    else if (/^<details[\s>]/i.test(trimmed)) details += 1
    else if (/^<\/details>/i.test(trimmed)) details = Math.max(0, details - 1)
    else if (trimmed === '' && details === 0) cuts.push(offset)
    offset += line.length + 1
  }
  return cuts
}
