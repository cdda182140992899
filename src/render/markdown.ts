import type { Finding, Owner, Report, RowSummary } from '../model.js'
import { count } from '../report/gate.js'
import { code, escapeText, inlineMessage } from './escape.js'
import { fitMarkdown, utf8Length } from './limits.js'

const CONCLUSION_MARK = { success: '✅', neutral: '⚠️', failure: '❌' } as const
export const OWNER_LABEL: Record<Owner, string> = { customer: 'Customer', aws: 'AWS', shared: 'Shared' }

export interface MarkdownOptions {
  /**
   * Largest size of the result in UTF-8 bytes. When the whole review is
   * larger, rows are left out from the end of the least important sections
   * first, and a note says how many and where to find them.
   */
  maxBytes?: number
  /** Where the full report is written (the action's `report-file`), named in that note. */
  fullReport?: string
}

/**
 * The review as GitHub-flavoured markdown: the check-run summary and the job
 * summary. Gate first, then the responsibility footprint (what side of the
 * line the change works on), shifts, findings, and what could not be read.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const where =
    options.fullReport === undefined
      ? 'run `demarc scan --format json` for the full report'
      : `see the report file ${code(options.fullReport)}`
  return renderBudgeted(report, options.maxBytes ?? Number.POSITIVE_INFINITY, where)
}

/**
 * One block of the review that can be shortened: its rows, and the lines
 * around the first `kept` of them (headings, table header, the note about the
 * rows left out, the closing `</details>`).
 */
interface Section {
  /** Sections are shortened in ascending order of `drop`. */
  drop: number
  /** What one row is, for the note: `finding`, `changed resource`, … */
  noun: string
  rows: string[]
  frame(kept: number): { head: string[]; tail: string[] }
}

// Lowest first: the rows a reader misses least. Heading, gate, scope and the footprint are never dropped.
const DROP = {
  skipped: 0,
  existing: 1,
  changes: 2,
  unknown: 3,
  fixed: 4,
  errors: 5,
  new: 6,
  shifts: 7
} as const

/**
 * The review within `maxBytes` (UTF-8). `where` is markdown completing "…
 * are not shown here (GitHub's size limit): ", e.g. "see the job summary".
 */
export function renderBudgeted(report: Report, maxBytes: number, where: string): string {
  const always = [[heading(report)], [scopeLine(report)], footprint(report)]
  const sections = buildSections(report).filter(s => s.rows.length > 0)
  const kept = fitSections(sections, kept => documentBytes(always, sections, kept, where), maxBytes)
  const doc = assemble(always, sections, kept, where)
  if (utf8Length(doc) <= maxBytes) return doc
  // Only when the parts that are never dropped do not fit on their own.
  const notice = noticeLines(omitted(sections, kept), where).join('\n')
  return fitMarkdown(doc, maxBytes, notice)
}

function buildSections(report: Report): Section[] {
  const byStatus = (status: Finding['status']) => report.findings.filter(f => f.status === status)
  return [
    shiftsSection(report),
    findingSection(DROP.new, 'New findings', byStatus('new'), report, false),
    findingSection(DROP.fixed, 'Fixed findings', byStatus('fixed'), report, false),
    findingSection(
      DROP.existing,
      'Existing findings',
      byStatus('existing'),
      report,
      report.scope.mode === 'changes'
    ),
    changesSection(report),
    unknownSection(report),
    errorsSection(report),
    skippedSection(report)
  ]
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
function framed(
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

function headed(title: string): { open: string[]; close: string[] } {
  return { open: [`### ${title}`, ''], close: [] }
}

function collapsed(title: string): { open: string[]; close: string[] } {
  return { open: ['<details>', `<summary>${title}</summary>`, ''], close: ['', '</details>'] }
}

function heading(report: Report): string {
  const { conclusion, reason } = report.gate
  return `## ${CONCLUSION_MARK[conclusion]} Demarc: ${conclusion} — ${escapeText(reason)}`
}

function scopeLine(report: Report): string {
  const { base, head, mode } = report.scope
  const where =
    mode === 'changes'
      ? `Changes from ${code(short(base))} to ${code(short(head))}`
      : `Whole tree${head === null ? '' : ` at ${code(short(head))}`}`
  const tally = (status: Finding['status']) => report.findings.filter(f => f.status === status).length
  const parts = [
    where,
    mode === 'changes' ? count(report.changes.length, 'changed resource') : undefined,
    `${tally('new')} new`,
    `${tally('fixed')} fixed`,
    `${tally('existing')} existing`
  ]
  return parts.filter(p => p !== undefined).join(' · ')
}

function short(sha: string | null): string {
  return sha === null ? 'working tree' : sha.slice(0, 12)
}

function footprint(report: Report): string[] {
  const active = report.rows.filter(r => r.resources + r.new + r.fixed + r.existing > 0)
  const idle = report.rows.filter(r => !active.includes(r))
  const touched = report.scope.mode === 'changes' ? 'Changed resources' : 'Resources'
  const out = ['### Responsibility footprint', '']
  if (active.length === 0) out.push('No resource in scope touches a row of the responsibility matrix.')
  else {
    out.push(
      `| Row | Owner | ${touched} | New | Fixed | Existing |`,
      '| --- | --- | ---: | ---: | ---: | ---: |'
    )
    for (const r of active) out.push(rowLine(r))
  }
  if (idle.length > 0)
    out.push(
      '',
      `Not touched: ${idle.map(r => `${escapeText(r.label)} (${OWNER_LABEL[r.owner]})`).join(', ')}.`
    )
  return out
}

function rowLine(r: RowSummary): string {
  return `| ${escapeText(r.title, 120)} | ${OWNER_LABEL[r.owner]} | ${r.resources} | ${r.new} | ${r.fixed} | ${r.existing} |`
}

function shiftsSection(report: Report): Section {
  const rows = report.shifts.map(
    s =>
      `- **${escapeText(rowTitle(report, s.row))}**: ${OWNER_LABEL[s.from]} → ${OWNER_LABEL[s.to]}. ${escapeText(s.explanation)}`
  )
  const parts = { ...headed('Responsibility shifts'), intro: [], noun: 'responsibility shift' }
  return {
    drop: DROP.shifts,
    noun: parts.noun,
    rows,
    frame: k => framed({ ...parts, total: rows.length }, k)
  }
}

export function rowTitle(report: Report, row: string): string {
  return report.rows.find(r => r.row === row)?.title ?? row
}

function rowLabel(report: Report, row: string): string {
  return report.rows.find(r => r.row === row)?.label ?? row
}

function findingSection(
  drop: number,
  title: string,
  findings: Finding[],
  report: Report,
  fold: boolean
): Section {
  const named = `${title} (${findings.length})`
  const parts = {
    ...(fold ? collapsed(named) : headed(named)),
    intro: ['| Severity | Finding | Where | Row (owner) |', '| --- | --- | --- | --- |'],
    noun: 'finding'
  }
  const rows = findings.map(f => findingLine(f, report))
  return { drop, noun: 'finding', rows, frame: k => framed({ ...parts, total: rows.length }, k) }
}

function findingLine(f: Finding, report: Report): string {
  const where = `${code(`${f.file}:${f.line}`, { inTable: true })} ${code(f.address, { inTable: true })}`
  const removed = f.removedLine === undefined ? '' : ` (removed from line ${f.removedLine} of the base)`
  const what = `**${escapeText(f.title, 200)}** ${code(f.ruleId, { inTable: true })}<br>${inlineMessage(f.message, { max: 300, inTable: true })}${removed}`
  return `| ${f.severity} | ${what} | ${where} | ${escapeText(rowLabel(report, f.row), 80)} (${OWNER_LABEL[f.owner]}) |`
}

function changesSection(report: Report): Section {
  const rows = report.changes.map(c => {
    const rows = c.rows.map(r => `${rowLabel(report, r.row)} (${OWNER_LABEL[r.owner]})`).join(', ') || '—'
    return `| ${c.change} | ${code(c.address, { inTable: true })} | ${code(`${c.file}:${c.line}`, { inTable: true })} | ${c.category} | ${escapeText(rows)} |`
  })
  const parts = {
    ...collapsed(`Changed resources (${rows.length})`),
    intro: ['| Change | Resource | Where | Category | Rows |', '| --- | --- | --- | --- | --- |'],
    noun: 'changed resource'
  }
  return {
    drop: DROP.changes,
    noun: parts.noun,
    rows,
    frame: k => framed({ ...parts, total: rows.length }, k)
  }
}

function unknownSection(report: Report): Section {
  const rows = report.unknown.map(
    u =>
      `- ${code(u.ruleId)} on ${code(u.address)} at ${code(`${u.file}:${u.line}`)}: depends on ${code(u.expr, { max: 80 })}`
  )
  const parts = {
    ...collapsed(`Not settled statically (${rows.length})`),
    intro: [
      'These checks depend on values known only when Terraform runs; they are neither passed nor failed.',
      ''
    ],
    noun: 'unsettled check'
  }
  return {
    drop: DROP.unknown,
    noun: parts.noun,
    rows,
    frame: k => framed({ ...parts, total: rows.length }, k)
  }
}

function errorsSection(report: Report): Section {
  const rows = report.errors.map(e => {
    const where = e.line === undefined ? e.file : `${e.file}:${e.line}`
    return `- ${code(where)}: ${escapeText(e.message)}`
  })
  const parts = {
    ...headed(`Files that could not be scanned (${rows.length})`),
    intro: [],
    noun: 'scan error'
  }
  return {
    drop: DROP.errors,
    noun: parts.noun,
    rows,
    frame: k => framed({ ...parts, total: rows.length }, k)
  }
}

function skippedSection(report: Report): Section {
  const rows = report.skipped.map(s => `- ${code(s.file)}: ${escapeText(s.reason)}`)
  const parts = { ...collapsed(`Skipped (${rows.length})`), intro: [], noun: 'skipped file' }
  return {
    drop: DROP.skipped,
    noun: parts.noun,
    rows,
    frame: k => framed({ ...parts, total: rows.length }, k)
  }
}
