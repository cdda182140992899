import { describe, expect, test } from '@jest/globals'
import { anchorFinding } from '../../src/github/anchor-finding.js'
import type { ChangedFile } from '../../src/scope/index.js'
import { change, finding } from './finding.js'

// The demo's database change: hunk 6–13 on the head side, lines 9–10 added.
const database: ChangedFile = {
  path: 'infra/database/main.tf',
  status: 'modified',
  commentable: [{ start: 6, end: 13 }],
  added: [{ start: 9, end: 10 }]
}

describe('anchorFinding', () => {
  test('a finding on a line of the diff is commented there', () => {
    expect(anchorFinding(finding({ line: 10, endLine: 10 }), database, [])).toEqual({
      path: 'infra/database/main.tf',
      line: 10
    })
  })

  test('a context line of a hunk counts as in the diff', () => {
    expect(anchorFinding(finding({ line: 12, endLine: 12 }), database, [])?.line).toBe(12)
  })

  test('a missing attribute reported on the resource goes to the nearest added line of that resource', () => {
    const missing = finding({ ruleId: 'rds-storage-unencrypted', line: 1, endLine: 14, removedLine: 9 })
    expect(anchorFinding(missing, database, [change()])).toEqual({
      path: 'infra/database/main.tf',
      line: 9,
      moved: true
    })
  })

  test('the resource starts at its Change line, so evidence below the hunk can move up into it', () => {
    const below = finding({ line: 20, endLine: 20 })
    expect(anchorFinding(below, database, [change({ line: 5 })])).toEqual({
      path: 'infra/database/main.tf',
      line: 10,
      moved: true
    })
  })

  test('evidence above the only changed line of its resource still reaches it through the resource end', () => {
    const above = finding({ line: 3, endLine: 3 })
    const lateChange: ChangedFile = {
      ...database,
      commentable: [{ start: 10, end: 16 }],
      added: [{ start: 13, end: 13 }]
    }
    expect(anchorFinding(above, lateChange, [change({ line: 1, endLine: 14 })])).toEqual({
      path: 'infra/database/main.tf',
      line: 13,
      moved: true
    })
    expect(anchorFinding(above, lateChange, [change({ line: 1, endLine: 5 })])).toBeUndefined()
  })

  test('without an added line in the resource, a context line of it will do', () => {
    const contextOnly: ChangedFile = { ...database, added: [] }
    expect(anchorFinding(finding({ line: 1, endLine: 14 }), contextOnly, [])?.line).toBe(6)
  })

  test('a resource the diff does not touch has no anchor: check run only', () => {
    expect(
      anchorFinding(finding({ line: 30, endLine: 40, address: 'aws_db_instance.other' }), database, [])
    ).toBeUndefined()
  })

  test('a file outside the pull request, or removed from it, has no anchor', () => {
    expect(anchorFinding(finding(), undefined, [])).toBeUndefined()
    expect(anchorFinding(finding(), { ...database, status: 'removed' }, [])).toBeUndefined()
  })

  test('of two changed lines at the same distance, the earlier', () => {
    const file: ChangedFile = {
      ...database,
      commentable: [{ start: 1, end: 9 }],
      added: [
        { start: 3, end: 3 },
        { start: 7, end: 7 }
      ]
    }
    const between = finding({ line: 5, endLine: 9, address: 'aws_db_instance.orders' })
    expect(
      anchorFinding(
        between,
        {
          ...file,
          commentable: [
            { start: 3, end: 3 },
            { start: 7, end: 7 }
          ]
        },
        [change()]
      )
    ).toEqual({
      path: 'infra/database/main.tf',
      line: 3,
      moved: true
    })
  })
})
