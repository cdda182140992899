import { describe, expect, test } from '@jest/globals'
import type { Report } from '../../src/model.js'
import { utf8Length } from '../../src/render/limits.js'
import { renderMarkdown } from '../../src/render/markdown.js'
import { fixtureReport, largeReport } from './fixture-report.js'
import { expectGolden } from './golden.js'
import { markdownProblems } from './markdown-checks.js'

const FINDING_ROW = /^\| (critical|high|medium|low|info) \|/

function findingRows(markdown: string): string[] {
  return markdown.split('\n').filter(l => FINDING_ROW.test(l))
}

/** The rows of the table under a section's heading or summary. */
function sectionRows(markdown: string, title: string): string[] {
  const lines = markdown.split('\n')
  const start = lines.findIndex(l => l.startsWith(`### ${title} (`) || l.startsWith(`<summary>${title} (`))
  if (start < 0) return []
  const rows: string[] = []
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('### ') || line.startsWith('<summary>')) break
    if (FINDING_ROW.test(line)) rows.push(line)
  }
  return rows
}

describe('renderMarkdown without a budget', () => {
  test('renders everything, valid, whatever the size', () => {
    const report = largeReport(1_200)
    const out = renderMarkdown(report)
    expect(findingRows(out)).toHaveLength(1_200)
    expect(out).not.toContain('not shown here')
    expect(markdownProblems(out)).toEqual([])
  })

  test('the fixture, hostile strings and all, is valid markdown', () => {
    expect(markdownProblems(renderMarkdown(fixtureReport()))).toEqual([])
  })

  test('a budget the review fits in changes nothing', () => {
    const report = fixtureReport()
    const full = renderMarkdown(report)
    expect(renderMarkdown(report, { maxBytes: utf8Length(full) })).toBe(full)
  })
})

describe('renderMarkdown within a budget', () => {
  const report = largeReport(1_200)
  const full = renderMarkdown(report)

  test.each([65_535, 65_536 - 24, 20_000, 4_000])('%i bytes: within the budget and valid', maxBytes => {
    const out = renderMarkdown(report, { maxBytes, fullReport: 'demarc-report.json' })
    expect(utf8Length(out)).toBeLessThanOrEqual(maxBytes)
    expect(markdownProblems(out)).toEqual([])
    // Every row shown is a whole row of the full review.
    const all = new Set(full.split('\n'))
    for (const row of findingRows(out)) expect(all.has(row)).toBe(true)
  })

  test('golden: the fixture pull request in 4,000 bytes', () => {
    const out = renderMarkdown(fixtureReport(), { maxBytes: 4_000, fullReport: 'demarc-report.json' })
    expect(utf8Length(out)).toBeLessThanOrEqual(4_000)
    expect(markdownProblems(out)).toEqual([])
    expectGolden('summary-4000-bytes.md', out)
  })

  test('the size is computed exactly: any budget is met by dropping rows alone', () => {
    const medium = largeReport(120)
    for (let maxBytes = 3_000; maxBytes < 70_000; maxBytes += 1_717) {
      const out = renderMarkdown(medium, { maxBytes })
      expect(utf8Length(out)).toBeLessThanOrEqual(maxBytes)
      // The last resort, cutting whole blocks, would leave a second note at the end.
      expect(out.match(/^> … /gm)).toHaveLength(1)
      expect(out.trimEnd().endsWith('</details>')).toBe(true)
    }
  })

  test('uses the budget: less than one row of it is left unused', () => {
    const maxBytes = 65_535
    const out = renderMarkdown(report, { maxBytes })
    const longestRow = Math.max(...findingRows(full).map(r => utf8Length(r) + 1))
    expect(maxBytes - utf8Length(out)).toBeLessThan(longestRow + 200)
  })

  test('drops existing, changed resources and unknowns before fixed, and fixed before new', () => {
    const out = renderMarkdown(report, { maxBytes: 65_535 })
    const fresh = report.findings.filter(f => f.status === 'new').length
    const shown = sectionRows(out, 'New findings')
    // 300 new findings do not all fit in 64 KB; everything else is gone first.
    expect(shown.length).toBeGreaterThan(0)
    expect(shown.length).toBeLessThan(fresh)
    expect(shown).toEqual(sectionRows(full, 'New findings').slice(0, shown.length))
    expect(sectionRows(out, 'Fixed findings')).toEqual([])
    expect(sectionRows(out, 'Existing findings')).toEqual([])
    expect(out).toContain(
      '<summary>Changed resources (1200)</summary>\n\n_1200 changed resources not shown here._'
    )
    expect(out).toContain(`### New findings (${fresh})`)
    expect(out).toContain(`_… and ${fresh - shown.length} more findings not shown here._`)
  })

  test('never drops the heading, the gate, the footprint or the shifts', () => {
    const out = renderMarkdown(report, { maxBytes: 8_000 })
    expect(out.startsWith('## ❌ Demarc: failure — 3 new findings at high or above')).toBe(true)
    expect(out).toContain('### Responsibility footprint')
    expect(out).toContain('| Database patching | AWS | 1 | 1 | 0 | 0 |')
    expect(out).toContain('### Responsibility shifts')
    expect(out).toContain('- **Database patching**: AWS → Customer.')
  })

  test('the note counts exactly what is left out and says where it is', () => {
    const out = renderMarkdown(report, { maxBytes: 65_535, fullReport: 'out/demarc-report.json' })
    const missing = report.findings.length - findingRows(out).length
    expect(out).toContain(
      `> … ${missing} more findings, 1200 changed resources, 300 unsettled checks, 2 scan errors and 300 skipped files are not shown here (GitHub's size limit): see the report file \`out/demarc-report.json\`.`
    )
  })

  test('when only one row goes, the note is singular', () => {
    const small: Report = {
      ...fixtureReport(),
      skipped: [{ file: 'infra/link.tf', reason: 'x'.repeat(400) }]
    }
    const full = renderMarkdown(small)
    const out = renderMarkdown(small, { maxBytes: utf8Length(full) - 1 })
    expect(out).toContain('> … 1 more skipped file is not shown here (GitHub')
    expect(out).toContain('<summary>Skipped (1)</summary>\n\n_1 skipped file not shown here._\n\n</details>')
    expect(out.replace(/\n\n> .*\n/, '\n').replace(/_1 skipped.*_\n\n/, '')).toBe(
      full.replace(/- `infra\/link.tf`.*\n\n/, '')
    )
  })

  test('rows of multi-byte text are counted in bytes, not characters', () => {
    const heavy: Report = {
      ...report,
      findings: report.findings.map(f => ({ ...f, title: '€'.repeat(190) }))
    }
    const out = renderMarkdown(heavy, { maxBytes: 65_535 })
    expect(out.length).toBeLessThan(utf8Length(out))
    expect(utf8Length(out)).toBeLessThanOrEqual(65_535)
    expect(markdownProblems(out)).toEqual([])
  })

  test('a budget too small for even the fixed parts still gives valid markdown within it', () => {
    for (const maxBytes of [2_000, 600, 120]) {
      const out = renderMarkdown(report, { maxBytes })
      expect(utf8Length(out)).toBeLessThanOrEqual(maxBytes)
      expect(markdownProblems(out)).toEqual([])
    }
  })
})

describe('many shifts', () => {
  test('are dropped last, with the same note', () => {
    const base = fixtureReport()
    const shift = base.shifts[0] as Report['shifts'][number]
    const report: Report = { ...base, shifts: Array.from({ length: 400 }, () => shift) }
    const out = renderMarkdown(report, { maxBytes: 20_000 })
    expect(utf8Length(out)).toBeLessThanOrEqual(20_000)
    expect(markdownProblems(out)).toEqual([])
    expect(out).toMatch(/_… and \d+ more responsibility shifts not shown here\._/)
    expect(findingRows(out)).toEqual([])
  })
})
