import type { Finding, Owner, Report } from '../model.js'
import { ownerOverrideOf, overrideWords } from './owner-override.js'

export interface TerminalOptions {
  /** ANSI colour; the CLI turns it on only when writing to a TTY. */
  color: boolean
}

type Paint = (code: string, text: string) => string

const CHANGE_MARK = { added: '+', modified: '~', removed: '-' } as const
const SEVERITY_COLOUR = { critical: '1;31', high: '31', medium: '33', low: '36', info: '2' } as const
const CONCLUSION_COLOUR = { success: '32', neutral: '33', failure: '1;31' } as const

/** The review as plain text for a terminal; every value from the scanned files is stripped of control characters. */
export function renderTerminal(report: Report, options: TerminalOptions): string {
  const paint: Paint = options.color ? (c, t) => `\u001b[${c}m${t}\u001b[0m` : (_c, t) => t
  const out: string[] = []
  const { base, head, mode } = report.scope
  const where = mode === 'changes' ? `changes ${short(base)}..${short(head)}` : `whole tree ${short(head)}`
  out.push(`${paint('1', 'Demarc')} ${report.tool.version} — ${where}`)
  out.push(
    paint(
      CONCLUSION_COLOUR[report.gate.conclusion],
      `${report.gate.conclusion.toUpperCase()}: ${clean(report.gate.reason)}`
    ),
    ''
  )
  footprint(report, paint, out)
  for (const s of report.shifts) {
    if (s === report.shifts[0]) out.push(paint('1', 'Responsibility shifts'))
    const title = report.rows.find(r => r.row === s.row)?.label ?? s.row
    out.push(`  ${title}: ${s.from} → ${s.to}`, `    ${clean(s.explanation)}`)
    if (s === report.shifts.at(-1)) out.push('')
  }
  for (const status of ['new', 'fixed', 'existing'] as const) findings(report, status, paint, out)
  changes(report, paint, out)
  leftovers(report, paint, out)
  return `${out.join('\n').trimEnd()}\n`
}

function footprint(report: Report, paint: Paint, out: string[]): void {
  const rows = report.rows.filter(r => r.resources + r.new + r.fixed + r.existing > 0)
  out.push(paint('1', 'Responsibility footprint'))
  if (rows.length === 0) {
    out.push('  No resource in scope touches a row of the responsibility matrix.')
    overrides(report, out)
    out.push('')
    return
  }
  const width = Math.max(...rows.map(r => r.label.length), 3)
  const touched = report.scope.mode === 'changes' ? 'Changed' : 'Resources'
  // An owner the configuration set is marked `*` and named under the table.
  const owners = rows.map(r => (r.ownerOverride === undefined ? r.owner : `${r.owner}*`))
  const ownerWidth = Math.max(...owners.map(o => o.length), 8)
  out.push(
    paint(
      '2',
      `  ${'Row'.padEnd(width)}  ${'Owner'.padEnd(ownerWidth)}  ${touched.padStart(9)}  New  Fixed  Existing`
    )
  )
  rows.forEach((r, i) => {
    const numbers = `${String(r.resources).padStart(9)}  ${String(r.new).padStart(3)}  ${String(r.fixed).padStart(5)}  ${String(r.existing).padStart(8)}`
    out.push(`  ${r.label.padEnd(width)}  ${(owners[i] as string).padEnd(ownerWidth)}  ${numbers}`)
  })
  overrides(report, out)
  out.push('')
}

/** Every row whose owner the configuration file set, active or not: an override is never silent. */
function overrides(report: Report, out: string[]): void {
  const rows = report.rows.filter(r => r.ownerOverride !== undefined)
  if (rows.length === 0) return
  out.push('  * owner set by the configuration:')
  for (const r of rows) out.push(`    ${r.label} (${ownerText(report, r.row, r.owner)})`)
}

/** `customer`, or `customer, set by .github/demarc.yml; the matrix says AWS`. */
function ownerText(report: Report, row: string, owner: Owner): string {
  const override = ownerOverrideOf(report, row)
  return override === undefined ? owner : `${owner}, ${overrideWords(override, clean(override.file))}`
}

function findings(report: Report, status: Finding['status'], paint: Paint, out: string[]): void {
  const list = report.findings.filter(f => f.status === status)
  if (list.length === 0) return
  out.push(paint('1', `${status[0]?.toUpperCase()}${status.slice(1)} findings (${list.length})`))
  for (const f of list) {
    const row = report.rows.find(r => r.row === f.row)?.label ?? f.row
    out.push(
      `  ${paint(SEVERITY_COLOUR[f.severity], f.severity.toUpperCase().padEnd(8))} ${clean(f.file)}:${f.line}  ${clean(f.address)}  ${paint('2', f.ruleId)}`,
      `           ${f.title}`,
      `           ${clean(f.message)}${f.removedLine === undefined ? '' : ` (removed from base line ${f.removedLine})`}`,
      `           Row: ${row} (${ownerText(report, f.row, f.owner)})`
    )
    if (f.suppression !== undefined) {
      const where = `${clean(f.suppression.file)}${f.suppression.line === undefined ? '' : `:${f.suppression.line}`}`
      out.push(`           Suppressed at ${where}: ${clean(f.suppression.reason)}`)
    } else if (status === 'new') out.push(`           Fix: ${clean(f.remediation)}`)
  }
  out.push('')
}

function changes(report: Report, paint: Paint, out: string[]): void {
  if (report.changes.length === 0) return
  out.push(paint('1', `Changed resources (${report.changes.length})`))
  for (const c of report.changes) {
    const label = (row: string) => report.rows.find(r => r.row === row)?.label ?? row
    const rows =
      c.rows.map(r => `${label(r.row)} (${ownerText(report, r.row, r.owner)})`).join(', ') || 'no matrix row'
    out.push(
      `  ${CHANGE_MARK[c.change]} ${clean(c.address)}  ${clean(c.file)}:${c.line}  ${c.category}  ${rows}`
    )
  }
  out.push('')
}

function leftovers(report: Report, paint: Paint, out: string[]): void {
  if (report.unknown.length > 0) {
    out.push(paint('1', `Not settled statically (${report.unknown.length})`))
    for (const u of report.unknown)
      out.push(
        `  ${u.ruleId} on ${clean(u.address)} (${clean(u.file)}:${u.line}): depends on ${clean(u.expr)}`
      )
    out.push('')
  }
  if (report.errors.length > 0) {
    out.push(paint('1;31', `Files that could not be scanned (${report.errors.length})`))
    for (const e of report.errors)
      out.push(`  ${clean(e.file)}${e.line === undefined ? '' : `:${e.line}`}: ${clean(e.message)}`)
    out.push('')
  }
  if (report.skipped.length > 0) {
    out.push(paint('2', `Skipped (${report.skipped.length})`))
    for (const s of report.skipped) out.push(paint('2', `  ${clean(s.file)}: ${s.reason}`))
  }
}

function short(sha: string | null): string {
  return sha === null ? 'working tree' : sha.slice(0, 12)
}

/** Control characters (ANSI escapes, carriage returns) from scanned files would rewrite the terminal. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
}
