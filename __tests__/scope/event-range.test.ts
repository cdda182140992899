import { describe, expect, test } from '@jest/globals'
import { rangeFromEvent } from '../../src/scope/event-range.js'

const pr = { pull_request: { base: { sha: 'b'.repeat(40) }, head: { sha: 'h'.repeat(40) } } }

describe('rangeFromEvent', () => {
  test('a pull request compares its base and head, not the merge commit', () => {
    expect(rangeFromEvent('pull_request', pr, { scope: 'changes' }, 'm'.repeat(40))).toEqual({
      mode: 'changes',
      base: 'b'.repeat(40),
      head: 'h'.repeat(40)
    })
    expect(rangeFromEvent('pull_request_target', pr, { scope: 'changes' }, 'm')).toMatchObject({
      head: 'h'.repeat(40)
    })
  })

  test('a push compares before and after; a new branch scans the whole tree', () => {
    expect(rangeFromEvent('push', { before: 'a1', after: 'b2' }, { scope: 'changes' }, 'b2')).toEqual({
      mode: 'changes',
      base: 'a1',
      head: 'b2'
    })
    expect(
      rangeFromEvent('push', { before: '0'.repeat(40), after: 'b2' }, { scope: 'changes' }, 'b2')
    ).toEqual({
      mode: 'all',
      head: 'b2'
    })
  })

  test('inputs override the event; scope all wins', () => {
    expect(rangeFromEvent('pull_request', pr, { scope: 'changes', base: 'v1' }, 's')).toEqual({
      mode: 'changes',
      base: 'v1',
      head: 's'
    })
    expect(rangeFromEvent('pull_request', pr, { scope: 'all' }, 's')).toEqual({ mode: 'all', head: 's' })
    expect(rangeFromEvent('workflow_dispatch', {}, { scope: 'changes' }, 's')).toEqual({
      mode: 'all',
      head: 's'
    })
  })

  test('an event without a range says what to set', () => {
    expect(() => rangeFromEvent('schedule', {}, { scope: 'changes' }, 's')).toThrow(
      /set the 'base' input.*scope: all/
    )
    expect(() => rangeFromEvent('pull_request', {}, { scope: 'changes' }, 's')).toThrow(
      /pull_request.base.sha/
    )
  })
})
