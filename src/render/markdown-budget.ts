import { count } from '../report/gate.js'
import { fitMarkdown, utf8Length } from './limits.js'

/**
 * One block of the review that can be shortened: its rows, and the lines
 * around the first `kept` of them (headings, table header, the note about the
 * rows left out, the closing `</details>`).
 */
export interface Section {
  /** Sections are shortened in ascending order of `drop`. */
  drop: number
  /** What one row is, for the note: `finding`, `changed resource`, … */
  noun: string
  rows: string[]
  frame(kept: number): { head: string[]; tail: string[] }
}

/**
 * The document within `maxBytes` (UTF-8): the `always` blocks in full, then
 * the sections, each shortened from its end in ascending order of `drop`
 * until the whole fits, with a note saying what was left out and `where` it
 * is. `where` completes "… are not shown here (GitHub's size limit): ".
 */
export function fitDocument(always: string[][], all: Section[], maxBytes: number, where: string): string {
  const sections = all.filter(s => s.rows.length > 0)
  const kept = fitSections(sections, kept => documentBytes(always, sections, kept, where), maxBytes)
  const doc = assemble(always, sections, kept, where)
  if (utf8Length(doc) <= maxBytes) return doc
  // Only when the parts that are never dropped do not fit on their own.
  const notice = noticeLines(omitted(sections, kept), where).join('\n')
  return fitMarkdown(doc, maxBytes, notice)
}

/** How many rows of each section to keep so that the document fits; all of them when it already does. */
function fitSections(sections: Section[], size: (kept: number[]) => number, maxBytes: number): number[] {
  const kept = sections.map(s => s.rows.length)
  if (size(kept) <= maxBytes) return kept
  const order = sections.map((s, i) => ({ s, i })).sort((a, b) => a.s.drop - b.s.drop)
  for (const { s, i } of order) {
    kept[i] = 0
    if (size(kept) > maxBytes) continue
    // The largest count that fits: the size grows with every row kept.
    let lo = 0
    let hi = s.rows.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      kept[i] = mid
      if (size(kept) <= maxBytes) lo = mid
      else hi = mid - 1
    }
    kept[i] = lo
    return kept
  }
  return kept
}

/** The blocks that are always shown (heading, scope, footprint), the note, then the sections. */
function assemble(always: string[][], sections: Section[], kept: number[], where: string): string {
  const [top, scope, rest] = always as [string[], string[], string[]]
  const notice = noticeLines(omitted(sections, kept), where)
  const blocks = [top, scope, ...(notice.length > 0 ? [notice] : []), rest]
  sections.forEach((s, i) => blocks.push(sectionLines(s, kept[i] as number)))
  return `${blocks.map(b => b.join('\n')).join('\n\n')}\n`
}

/** The exact UTF-8 length of {@link assemble}'s result, without building it. */
function documentBytes(always: string[][], sections: Section[], kept: number[], where: string): number {
  const notice = noticeLines(omitted(sections, kept), where)
  const blocks = [...always, ...(notice.length > 0 ? [notice] : [])]
  let bytes = blocks.reduce((sum, b) => sum + linesBytes(b) + b.length - 1, 0)
  sections.forEach((s, i) => {
    const k = kept[i] as number
    const { head, tail } = s.frame(k)
    bytes += linesBytes(head) + rowBytes(s, k) + linesBytes(tail) + head.length + k + tail.length - 1
  })
  // Blocks are separated by a blank line, and the document ends with a newline.
  const separators = blocks.length + sections.length - 1
  return bytes + 2 * separators + 1
}

function sectionLines(s: Section, kept: number): string[] {
  const { head, tail } = s.frame(kept)
  return [...head, ...s.rows.slice(0, kept), ...tail]
}

function linesBytes(lines: string[]): number {
  return lines.reduce((sum, line) => sum + utf8Length(line), 0)
}

const prefixes = new WeakMap<Section, number[]>()

/** UTF-8 bytes of the first `kept` rows (computed once per section). */
function rowBytes(s: Section, kept: number): number {
  let prefix = prefixes.get(s)
  if (prefix === undefined) {
    prefix = [0]
    for (const row of s.rows) prefix.push((prefix.at(-1) as number) + utf8Length(row))
    prefixes.set(s, prefix)
  }
  return prefix[kept] as number
}

function omitted(sections: Section[], kept: number[]): Map<string, number> {
  const out = new Map<string, number>()
  sections.forEach((s, i) => {
    const n = s.rows.length - (kept[i] as number)
    if (n > 0) out.set(s.noun, (out.get(s.noun) ?? 0) + n)
  })
  return out
}

/** "> … 812 more findings and 40 changed resources are not shown here (GitHub's size limit): see …" */
function noticeLines(left: Map<string, number>, where: string): string[] {
  const parts = [...left].map(([noun, n], i) => count(n, i === 0 ? `more ${noun}` : noun))
  if (parts.length === 0) return []
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
  const single = parts.length === 1 && [...left.values()][0] === 1
  return [`> … ${list} ${single ? 'is' : 'are'} not shown here (GitHub's size limit): ${where}.`]
}

/**
 * The lines around a section's rows. `open` starts it (a heading, or
 * `<details>` and its summary), `intro` comes before the first row (a table
 * header), `close` ends it (`</details>`); a note replaces the rows left out.
 */
export function framed(
  parts: { open: string[]; intro: string[]; close: string[]; noun: string; total: number },
  kept: number
): { head: string[]; tail: string[] } {
  const left = parts.total - kept
  const note =
    left === 0
      ? []
      : kept === 0
        ? [`_${count(left, parts.noun)} not shown here._`]
        : ['', `_… and ${count(left, `more ${parts.noun}`)} not shown here._`]
  return { head: [...parts.open, ...(kept > 0 ? parts.intro : [])], tail: [...note, ...parts.close] }
}

export function headed(title: string): { open: string[]; close: string[] } {
  return { open: [`### ${title}`, ''], close: [] }
}

export function collapsed(title: string): { open: string[]; close: string[] } {
  return { open: ['<details>', `<summary>${title}</summary>`, ''], close: ['', '</details>'] }
}
