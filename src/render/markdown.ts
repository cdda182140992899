import type { Finding, Owner, Report, RowSummary } from '../model.js'
import { count } from '../report/gate.js'
import { code, escapeText, inlineMessage } from './escape.js'
import { collapsed, fitDocument, framed, headed, type Section } from './markdown-budget.js'
import { ownerOverrideOf, overrideWords } from './owner-override.js'

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
  return fitDocument(always, buildSections(report), maxBytes, where)
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
    for (const r of active) out.push(rowLine(r, report))
  }
  if (idle.length > 0)
    out.push(
      '',
      `Not touched: ${idle.map(r => `${escapeText(r.label)} (${ownerText(report, r.row, r.owner)})`).join(', ')}.`
    )
  return out
}

function rowLine(r: RowSummary, report: Report): string {
  return `| ${escapeText(r.title, 120)} | ${ownerText(report, r.row, r.owner)} | ${r.resources} | ${r.new} | ${r.fixed} | ${r.existing} |`
}

/** `Customer`, or `Customer, set by `.github/demarc.yml`; the matrix says AWS` when the configuration set it. */
export function ownerText(report: Report, row: string, owner: Owner): string {
  const override = ownerOverrideOf(report, row)
  const label = OWNER_LABEL[owner]
  return override === undefined
    ? label
    : `${label}, ${overrideWords(override, code(override.file, { inTable: true }))}`
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

/** A suppressed finding says so, with the reason given and where, so it is seen rather than dropped. */
function suppressedNote(f: Finding): string {
  const s = f.suppression
  if (!f.suppressed || s === undefined) return ''
  const where = s.line === undefined ? s.file : `${s.file}:${s.line}`
  return `<br>_Suppressed (${s.source === 'inline' ? 'inline' : 'configuration'}, ${code(where, { inTable: true })}): ${inlineMessage(s.reason, { max: 200, inTable: true })}_`
}

function findingLine(f: Finding, report: Report): string {
  const where = `${code(`${f.file}:${f.line}`, { inTable: true })} ${code(f.address, { inTable: true })}`
  const removed = f.removedLine === undefined ? '' : ` (removed from line ${f.removedLine} of the base)`
  const what = `**${escapeText(f.title, 200)}** ${code(f.ruleId, { inTable: true })}<br>${inlineMessage(f.message, { max: 300, inTable: true })}${removed}${suppressedNote(f)}`
  return `| ${f.severity} | ${what} | ${where} | ${escapeText(rowLabel(report, f.row), 80)} (${ownerText(report, f.row, f.owner)}) |`
}

function changesSection(report: Report): Section {
  const rows = report.changes.map(c => {
    const rows =
      c.rows
        .map(r => `${escapeText(rowLabel(report, r.row))} (${ownerText(report, r.row, r.owner)})`)
        .join(', ') || '—'
    return `| ${c.change} | ${code(c.address, { inTable: true })} | ${code(`${c.file}:${c.line}`, { inTable: true })} | ${c.category} | ${rows} |`
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
