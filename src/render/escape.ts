/**
 * Everything a pull request can influence (file names, addresses, values,
 * messages) goes through these before it reaches markdown. They keep text
 * from becoming markup, mentions (`@org/team`), issue links (`#1`), HTML
 * (`</details>`) or broken code fences.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '@': '&#64;',
  '#': '&#35;'
}
// Only what can start markup in GitHub-flavoured markdown inline text: with `[` escaped, `(` and `!` are inert.
const SPECIAL = /[&<>@#\\`*_[\]|~]/g

/**
 * Plain inline text: one line, no markup, no mentions, no references, no HTML.
 * One pass, so no escape is escaped again. Everything here shortens before it
 * cleans, so a 1 MB value costs no more than a short one.
 */
export function escapeText(text: string, max = 500): string {
  return oneLine(truncate(text, max)).replace(SPECIAL, c => ENTITIES[c] ?? `\\${c}`)
}

/**
 * An inline code span that no content can break out of: the fence is one
 * backtick longer than the longest run inside, padded when the text touches
 * a backtick. In a table cell pipes are escaped, because GitHub splits
 * cells on them even inside code.
 */
export function code(text: string, options: { max?: number; inTable?: boolean } = {}): string {
  let body = oneLine(truncate(text, options.max ?? 200))
  if (options.inTable === true) body = body.replace(/\|/g, '\\|')
  let longest = 0
  for (const run of body.match(/`+/g) ?? []) longest = Math.max(longest, run.length)
  const fence = '`'.repeat(longest + 1)
  const pad = body.startsWith('`') || body.endsWith('`') || body === '' ? ' ' : ''
  return `${fence}${pad}${body}${pad}${fence}`
}

/**
 * Line breaks, tabs and other control characters (a NUL makes GitHub refuse
 * the whole body), and the bidirectional controls that make text read
 * differently from what it is (CVE-2021-42574).
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g

// A surrogate without its pair cannot be encoded as UTF-8; GitHub would receive U+FFFD anyway.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

function oneLine(text: string): string {
  return text.replace(INVISIBLE, ' ').replace(LONE_SURROGATE, '\ufffd')
}

/** At most `max` UTF-16 code units, ending in `…` when shortened; never splits a surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  let end = max - 1
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end -= 1
  return `${text.slice(0, end)}…`
}

/** `text` ending in a full stop, unless it already ends a sentence (or was shortened with `…`). */
export function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`
}

/**
 * Text for places that show no markup (annotations, SARIF messages, titles):
 * one line, no control characters, at most `max` UTF-16 code units.
 */
export function plainText(text: string, max = 500): string {
  return oneLine(truncate(text, max))
}

/**
 * A message written by a control, whose template marks attribute names and
 * values as `code`: the code spans are kept as code (rebuilt with {@link code},
 * so a value holding backticks cannot break out), the rest is escaped text.
 */
export function inlineMessage(text: string, options: { max?: number; inTable?: boolean } = {}): string {
  const parts = oneLine(truncate(text, options.max ?? 500)).split('`')
  if (parts.length % 2 === 0) return escapeText(text, options.max)
  return parts
    .map((part, i) =>
      i % 2 === 1 ? code(part, { inTable: options.inTable ?? false }) : escapeText(part, options.max)
    )
    .join('')
}
