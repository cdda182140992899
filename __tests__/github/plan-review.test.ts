import { describe, expect, test } from '@jest/globals'
import { planReview, type PostedComment } from '../../src/github/plan-review.js'
import { applyFixedNote, findingMarker, renderReviewComment } from '../../src/render/index.js'
import type { ChangedFile } from '../../src/scope/index.js'
import { change, finding, report } from './finding.js'

const file: ChangedFile = {
  path: 'infra/database/main.tf',
  status: 'modified',
  commentable: [{ start: 6, end: 13 }],
  added: [{ start: 9, end: 10 }]
}

const critical = finding({
  ruleId: 'public',
  line: 9,
  endLine: 9,
  severity: 'critical',
  fingerprint: 'fp-public'
})
const high = finding({ ruleId: 'minor', line: 10, endLine: 10, severity: 'high', fingerprint: 'fp-minor' })
const medium = finding({
  ruleId: 'unencrypted',
  line: 1,
  endLine: 14,
  severity: 'medium',
  fingerprint: 'fp-unenc'
})
const outside = finding({
  ruleId: 'far',
  line: 40,
  endLine: 40,
  severity: 'high',
  address: 'x.y',
  fingerprint: 'fp-far'
})

let nextId = 1
function posted(body: string, path = file.path, inReplyTo?: number): PostedComment {
  return { id: nextId++, body, path, ...(inReplyTo === undefined ? {} : { inReplyTo }) }
}

describe('planReview', () => {
  test('a fresh pull request: every new finding with a line in the diff gets a comment, the most severe first', () => {
    const r = report([medium, high, critical, outside], [change()])
    const plan = planReview(r, [file], [], 25)
    expect(plan.create.map(c => [c.finding.ruleId, c.line])).toEqual([
      ['public', 9],
      ['minor', 10],
      ['unencrypted', 9]
    ])
    expect(plan.create[2]?.body).toBe(renderReviewComment(medium, r, { anchoredFrom: 9 }))
    expect(plan.create[0]?.body).toBe(renderReviewComment(critical, r, {}))
    expect(plan.outsideDiff.map(f => f.ruleId)).toEqual(['far'])
    expect(plan.edit).toEqual([])
  })

  test('existing and fixed findings and suppressed new ones get no new comment', () => {
    const r = report([
      { ...critical, status: 'existing' },
      { ...high, status: 'fixed' },
      { ...medium, suppressed: true }
    ])
    expect(planReview(r, [file], [], 25)).toMatchObject({ create: [], edit: [], outsideDiff: [] })
  })

  test('max-comments keeps the most severe; the rest are counted', () => {
    const plan = planReview(report([medium, high, critical], [change()]), [file], [], 2)
    expect(plan.create.map(c => c.finding.ruleId)).toEqual(['public', 'minor'])
    expect(plan.overLimit.map(f => f.ruleId)).toEqual(['unencrypted'])
  })

  test('a re-run: comments found by their marker are kept, nothing is created twice, and the cap holds', () => {
    const r = report([medium, high, critical], [change()])
    const first = planReview(r, [file], [], 2)
    const comments = first.create.map(c => posted(c.body))
    const second = planReview(r, [file], comments, 2)
    expect(second).toMatchObject({ create: [], edit: [], kept: 2 })
    expect(second.overLimit.map(f => f.ruleId)).toEqual(['unencrypted'])
  })

  test('a comment whose finding now reads differently is edited in place', () => {
    const r = report([{ ...critical, message: '`publicly_accessible` is now true' }])
    const old = posted(renderReviewComment(critical, report([critical]), {}))
    const plan = planReview(r, [file], [old], 25)
    expect(plan.create).toEqual([])
    expect(plan.edit).toEqual([
      { id: old.id, body: renderReviewComment(r.findings[0]!, r, {}), why: 'changed' }
    ])
  })

  test('a fixed finding gets the fixed note once; a body already marked is left alone', () => {
    const fixed = { ...critical, status: 'fixed' as const }
    const r = report([fixed])
    const comment = posted(renderReviewComment(critical, report([critical]), {}))
    const plan = planReview(r, [file], [comment], 25)
    const body = applyFixedNote(comment.body, fixed, { head: r.scope.head })
    expect(plan.edit).toEqual([{ id: comment.id, body, why: 'fixed' }])
    expect(planReview(r, [file], [{ ...comment, body }], 25).edit).toEqual([])
  })

  test('a finding gone from the pull request altogether (fixed by a later push) is marked fixed, keeping its marker', () => {
    const comment = posted(renderReviewComment(high, report([high]), {}))
    const plan = planReview(report([critical]), [file], [comment], 25)
    expect(plan.edit).toHaveLength(1)
    const body = plan.edit[0]?.body ?? ''
    expect(body).toMatch(/^✅ Fixed in `bbbbbbbbbbbb`: the pull request no longer has this finding\./)
    expect(body.trimEnd().endsWith(findingMarker('fp-minor'))).toBe(true)
    expect(planReview(report([critical]), [file], [{ ...comment, body }], 25).edit).toEqual([])
  })

  test('a finding gone because its file could not be read this time is not taken for fixed', () => {
    const comment = posted(renderReviewComment(high, report([high]), {}))
    const r = { ...report([]), errors: [{ file: file.path, message: 'syntax error' }] }
    expect(planReview(r, [file], [comment], 25).edit).toEqual([])
  })

  test('replies and comments without a marker are not read as Demarc comments', () => {
    const first = posted(renderReviewComment(critical, report([critical]), {}))
    const reply = posted(`quoting: ${findingMarker('fp-minor')}`, file.path, first.id)
    const person = posted('Looks fine to me')
    const plan = planReview(report([critical, high]), [file], [first, reply, person], 25)
    expect(plan.create.map(c => c.finding.ruleId)).toEqual(['minor'])
    expect(plan.edit).toEqual([])
  })
})
