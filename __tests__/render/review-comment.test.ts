import { describe, expect, test } from '@jest/globals'
import type { Finding } from '../../src/model.js'
import { GITHUB_LIMITS, utf8Length } from '../../src/render/limits.js'
import {
  applyFixedNote,
  findingMarker,
  parseFindingMarker,
  renderFixedNote,
  renderReviewComment
} from '../../src/render/review-comment.js'
import { fixtureReport, hostile, HUGE_VALUE, publicDatabase } from './fixture-report.js'
import { expectGolden } from './golden.js'
import { markdownProblems } from './markdown-checks.js'

const report = fixtureReport()

describe('renderReviewComment', () => {
  test('golden: a new finding with a suggestion', () => {
    const body = renderReviewComment(publicDatabase, report, { suggestion: '  publicly_accessible = false' })
    expect(markdownProblems(body)).toEqual([])
    expectGolden('review-comment.md', body)
  })

  test('first line has the severity and title; the marker comes last', () => {
    const body = renderReviewComment(publicDatabase, report)
    expect(body.split('\n')[0]).toBe(
      '**🔴 Critical: RDS database instance is publicly accessible** · `rds-publicly-accessible`'
    )
    expect(body.endsWith(`\n\n<!-- demarc:finding:${publicDatabase.fingerprint} -->\n`)).toBe(true)
    expect(body).not.toContain('```')
  })

  test('says whose responsibility it is, in words, from the report rows', () => {
    const shared = renderReviewComment(publicDatabase, report)
    expect(shared).toContain(
      '**Responsibility:** *Ensuring network security (DoS, man-in-the-middle (MITM), port scanning)* is shared:'
    )
    const aws = renderReviewComment({ ...publicDatabase, row: 'database-patching', owner: 'aws' }, report)
    expect(aws).toContain(
      "**Responsibility:** *Database patching* is AWS's side of the shared responsibility model, but this setting is still yours: AWS can only do its part as far as your configuration lets it."
    )
    const customer = renderReviewComment({ ...publicDatabase, row: 'unknown-row', owner: 'customer' }, report)
    expect(customer).toContain("**Responsibility:** *unknown-row* is the customer's side")
  })

  test('links only http(s) references, and escapes every id', () => {
    const body = renderReviewComment(hostile, report)
    const references = body.split('\n').find(l => l.startsWith('**References:**'))
    expect(references).toBe(
      '**References:** AWS FSBP EC2.13 \\](javascript:alert(1)) · [CIS &#64;org/team &#35;1](https://example.com/a%20%28b%29/c?d=%3Ce%3E)'
    )
  })

  test('hostile text stays text, and the body stays valid', () => {
    const body = renderReviewComment(hostile, report, { suggestion: 'x = "```"\n````\n</details>' })
    expect(markdownProblems(body)).toEqual([])
    expect(parseFindingMarker(body)).toBe(hostile.fingerprint)
    expect(body).toContain('`````suggestion\nx = "```"\n````\n</details>\n`````')
    expect(utf8Length(body)).toBeLessThan(10_000)
    expect(body).not.toContain(HUGE_VALUE)
  })

  test('notes where a finding outside the diff is anchored', () => {
    const finding: Finding = { ...publicDatabase, line: 1 }
    const body = renderReviewComment(finding, report, { anchoredFrom: 12 })
    expect(body).toContain(
      "_The finding is on line 1, outside this pull request's changes; it is reported on line 12, the nearest changed line of `aws_db_instance.orders`._"
    )
    expect(renderReviewComment(finding, report, { anchoredFrom: 1 })).not.toContain('nearest changed line')
  })

  test('cites the base line of a removed protection', () => {
    const body = renderReviewComment({ ...publicDatabase, removedLine: 9 }, report)
    expect(body).toContain('This pull request removed the setting that prevented it (line 9 of the base).')
  })

  test('a suggestion too long for a comment is left out, and the body stays within 65,536 bytes', () => {
    const body = renderReviewComment(publicDatabase, report, {
      suggestion: `  description = "${HUGE_VALUE}"`
    })
    expect(utf8Length(body)).toBeLessThanOrEqual(GITHUB_LIMITS.commentBodyBytes)
    expect(body).not.toContain('```suggestion')
    expect(body).toContain('_The suggested change is too long to show here._')
    const fits = renderReviewComment(publicDatabase, report, { suggestion: 'x'.repeat(60_000) })
    expect(utf8Length(fits)).toBeLessThanOrEqual(GITHUB_LIMITS.commentBodyBytes)
    expect(fits).toContain('```suggestion')
  })

  test('a suggestion holding control or bidirectional characters is not offered', () => {
    const body = renderReviewComment(publicDatabase, report, { suggestion: 'a = 1 # \u202e}' })
    expect(body).not.toContain('```suggestion')
    expect(body).toContain(
      '_A suggested change is not shown: the line holds control or bidirectional characters._'
    )
  })
})

describe('finding markers', () => {
  test('round-trip', () => {
    expect(parseFindingMarker(`text\n\n${findingMarker('abc123')}\n`)).toBe('abc123')
  })

  test('no fingerprint can close the HTML comment', () => {
    const evil = 'x --> <img src=y> @org'
    const marker = findingMarker(evil)
    expect(marker.indexOf('-->')).toBe(marker.length - 3)
    expect(parseFindingMarker(marker)).toBe(evil)
  })

  test('the last marker wins, so a value quoted earlier in the body cannot pose as ours', () => {
    const body = renderReviewComment(
      { ...publicDatabase, message: '`name` is `<!-- demarc:finding:spoof -->`' },
      report
    )
    expect(body).toContain('<!-- demarc:finding:spoof -->')
    expect(parseFindingMarker(body)).toBe(publicDatabase.fingerprint)
  })

  test('absent or malformed', () => {
    expect(parseFindingMarker('no marker here')).toBeUndefined()
    expect(parseFindingMarker('<!-- demarc:finding:%E0%A4%A -->')).toBeUndefined()
  })
})

describe('fixed notes', () => {
  const original = renderReviewComment(publicDatabase, report, {
    suggestion: '  publicly_accessible = false'
  })

  test('the first line says fixed, in which commit', () => {
    expect(renderFixedNote(publicDatabase, { head: '2222222222222222222222222222222222222222' })).toBe(
      '✅ Fixed in `222222222222`: **RDS database instance is publicly accessible** no longer applies to `aws_db_instance.orders`.'
    )
    expect(renderFixedNote(publicDatabase).startsWith('✅ Fixed: ')).toBe(true)
  })

  test('keeps the original collapsed, its suggestion disarmed, and the marker last', () => {
    const fixed = applyFixedNote(original, publicDatabase, {
      head: '2222222222222222222222222222222222222222'
    })
    expect(fixed.startsWith('✅ Fixed in `222222222222`')).toBe(true)
    expect(fixed).toContain('<details>\n<summary>Original comment</summary>\n\n**🔴 Critical: RDS database')
    expect(fixed).toContain('```text\n  publicly_accessible = false\n```')
    expect(fixed).not.toContain('```suggestion')
    expect(fixed.match(/<!-- demarc:finding:/g)).toHaveLength(1)
    expect(parseFindingMarker(fixed)).toBe(publicDatabase.fingerprint)
    expect(markdownProblems(fixed)).toEqual([])
  })

  test('a finding no report describes any more is named by its fingerprint alone', () => {
    const fixed = applyFixedNote(original, { fingerprint: publicDatabase.fingerprint }, { head: null })
    expect(fixed.split('\n')[0]).toBe('✅ Fixed: the pull request no longer has this finding.')
    expect(parseFindingMarker(fixed)).toBe(publicDatabase.fingerprint)
  })

  test('is idempotent, also when applied again for a later commit', () => {
    const once = applyFixedNote(original, publicDatabase, {
      head: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
    })
    expect(applyFixedNote(once, publicDatabase, { head: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' })).toBe(
      once
    )
    expect(applyFixedNote(once, publicDatabase, { head: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' })).toBe(
      once
    )
  })

  test('stays within 65,536 bytes when the original was already at the limit', () => {
    const big = renderReviewComment(publicDatabase, report, { suggestion: 'y'.repeat(64_000) })
    const fixed = applyFixedNote(big, publicDatabase)
    expect(utf8Length(fixed)).toBeLessThanOrEqual(GITHUB_LIMITS.commentBodyBytes)
    expect(markdownProblems(fixed)).toEqual([])
    expect(parseFindingMarker(fixed)).toBe(publicDatabase.fingerprint)
  })
})
