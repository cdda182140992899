import { describe, expect, test } from '@jest/globals'
import { changedFileOf, rangesOfPatch } from '../../src/github/changed-file-of.js'

describe('rangesOfPatch: GitHub patch hunks → head-side lines', () => {
  test('one hunk: context and added lines are commentable, added ones are added', () => {
    const patch = [
      '@@ -6,7 +6,8 @@ resource "x" "y" {',
      ' a',
      ' b',
      ' c',
      '-d',
      '+e',
      '+f',
      ' g',
      ' h',
      ' i'
    ].join('\n')
    expect(rangesOfPatch(patch)).toEqual({
      commentable: [{ start: 6, end: 13 }],
      added: [{ start: 9, end: 10 }]
    })
  })

  test('two hunks stay apart; a pure deletion has no head-side lines of its own', () => {
    const patch = ['@@ -1,2 +1,3 @@', ' a', '+b', ' c', '@@ -20,2 +21,0 @@', '-x', '-y'].join('\n')
    expect(rangesOfPatch(patch)).toEqual({
      commentable: [{ start: 1, end: 3 }],
      added: [{ start: 2, end: 2 }]
    })
  })

  test('"\\ No newline at end of file" is not a line', () => {
    const patch = [
      '@@ -1 +1 @@',
      '-a',
      '\\ No newline at end of file',
      '+b',
      '\\ No newline at end of file'
    ].join('\n')
    expect(rangesOfPatch(patch)).toEqual({
      commentable: [{ start: 1, end: 1 }],
      added: [{ start: 1, end: 1 }]
    })
  })

  test('a changed line that reads like a header is content', () => {
    const patch = ['@@ -0,0 +1,2 @@', '+diff --git a/x b/x', '+@@ -1 +1 @@'].join('\n')
    expect(rangesOfPatch(patch).added).toEqual([{ start: 1, end: 2 }])
  })

  test('no patch (binary, or too large for GitHub to show): no lines', () => {
    expect(rangesOfPatch(undefined)).toEqual({ commentable: [], added: [] })
  })
})

describe('changedFileOf', () => {
  test('renamed keeps its previous path; removed has no lines', () => {
    expect(
      changedFileOf({
        filename: 'b.tf',
        status: 'renamed',
        previous_filename: 'a.tf',
        patch: '@@ -1 +1 @@\n-x\n+y'
      })
    ).toEqual({
      path: 'b.tf',
      status: 'renamed',
      previousPath: 'a.tf',
      commentable: [{ start: 1, end: 1 }],
      added: [{ start: 1, end: 1 }]
    })
    expect(changedFileOf({ filename: 'gone.tf', status: 'removed', patch: '@@ -1 +0,0 @@\n-x' })).toEqual({
      path: 'gone.tf',
      status: 'removed',
      commentable: [],
      added: []
    })
  })

  test("GitHub's other statuses: copied is added, changed (type) is modified, unchanged is nothing", () => {
    expect(changedFileOf({ filename: 'c.tf', status: 'copied' })?.status).toBe('added')
    expect(changedFileOf({ filename: 'l.tf', status: 'changed' })?.status).toBe('modified')
    expect(changedFileOf({ filename: 'u.tf', status: 'unchanged' })).toBeUndefined()
  })
})
