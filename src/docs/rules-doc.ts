import type { RuleMeta } from '../engine/index.js'
import type { Format, Owner } from '../model.js'
import { FORMATS } from '../model.js'

/** What the rules page needs of the matrix: each row's short name and owner, in matrix order. */
export interface RowInfo {
  id: string
  label: string
  owner: Owner
}

const OWNER: Record<Owner, string> = { customer: 'customer', aws: 'AWS', shared: 'shared' }

/**
 * docs/rules.md: every control with its id, row, owner, severity, formats
 * and references, grouped by service folder, with counts per row and per
 * format. Generated from the rule files, so it cannot drift from them.
 */
export function renderRulesDoc(rules: readonly RuleMeta[], rows: readonly RowInfo[]): string {
  const rowById = new Map(rows.map(r => [r.id, r]))
  const out = [
    '# Controls',
    '',
    '<!-- Generated from rules/controls by `npm run rules-doc`; a test fails when it is out of date. -->',
    '',
    `${rules.length} controls. Each lives in \`rules/controls/<service>/<id>/\` with its fixtures; see [writing rules](writing-rules.md).`,
    '',
    ...perRow(rules, rows),
    '',
    ...perFormat(rules),
    ''
  ]
  for (const [service, list] of byService(rules)) {
    out.push(`## ${service}`, '', '| id | title | row (owner) | severity | formats | references |')
    out.push('| --- | --- | --- | --- | --- | --- |')
    for (const rule of list) out.push(ruleLine(rule, rowById))
    out.push('')
  }
  return `${out.join('\n').trimEnd()}\n`
}

function perRow(rules: readonly RuleMeta[], rows: readonly RowInfo[]): string[] {
  const lines = ['| row | owner | controls |', '| --- | --- | ---: |']
  for (const row of rows) {
    const count = rules.filter(r => r.row === row.id).length
    if (count > 0) lines.push(`| ${row.label} | ${OWNER[row.owner]} | ${count} |`)
  }
  return lines
}

function perFormat(rules: readonly RuleMeta[]): string[] {
  const lines = ['| format | controls |', '| --- | ---: |']
  for (const format of FORMATS) {
    const count = rules.filter(r => r.formats.includes(format)).length
    if (count > 0) lines.push(`| ${format} | ${count} |`)
  }
  return lines
}

function byService(rules: readonly RuleMeta[]): Map<string, RuleMeta[]> {
  const groups = new Map<string, RuleMeta[]>()
  const sorted = [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  for (const rule of sorted) {
    const service = rule.file.split('/')[2] ?? 'other'
    groups.set(service, [...(groups.get(service) ?? []), rule])
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : 1)))
}

function ruleLine(rule: RuleMeta, rowById: ReadonlyMap<string, RowInfo>): string {
  const row = rowById.get(rule.row)
  const where = row === undefined ? rule.row : `${row.label} (${OWNER[row.owner]})`
  const formats = FORMATS.filter((f: Format) => rule.formats.includes(f)).join(', ')
  const references = rule.references.map(r => (r.url === undefined ? r.id : `[${r.id}](${r.url})`)).join(', ')
  return `| \`${rule.id}\` | ${cell(rule.title)} | ${where} | ${rule.severity} | ${formats} | ${references || '—'} |`
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|')
}
