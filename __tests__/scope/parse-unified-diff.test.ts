import { describe, expect, test } from '@jest/globals'
import { parseUnifiedDiff } from '../../src/scope/parse-unified-diff.js'

describe('parseUnifiedDiff', () => {
  test('reads sections, hunk ranges with and without counts, and added line numbers', () => {
    const patch = [
      'diff --git a/x.tf b/x.tf',
      'index 1..2 100644',
      '--- a/x.tf',
      '+++ b/x.tf',
      '@@ -1 +1,2 @@ heading',
      ' keep',
      '+new',
      '@@ -10,3 +11,2 @@',
      ' ten',
      '-eleven',
      '',
      'diff --git a/bin b/bin',
      'Binary files a/bin and b/bin differ',
      ''
    ].join('\n')

    expect(parseUnifiedDiff(patch)).toEqual([
      {
        header: 'diff --git a/x.tf b/x.tf',
        hunks: [
          { newStart: 1, newCount: 2, addedLines: [2] },
          { newStart: 11, newCount: 2, addedLines: [] }
        ]
      },
      { header: 'diff --git a/bin b/bin', hunks: [] }
    ])
  })

  test('skips "no newline" markers without counting them', () => {
    const patch = ['diff --git a/f b/f', '@@ -1 +1 @@', '-a', '\\ No newline at end of file', '+b', ''].join(
      '\n'
    )

    expect(parseUnifiedDiff(patch)[0]?.hunks).toEqual([{ newStart: 1, newCount: 1, addedLines: [1] }])
  })

  test('rejects a hunk cut short, naming the hunk and what was found', () => {
    const patch = ['diff --git a/f b/f', '@@ -1,2 +1,3 @@', ' a', '+b'].join('\n')

    expect(() => parseUnifiedDiff(patch)).toThrow(
      "git diff output, line 5: hunk '@@ -1,2 +1,3 @@' expected 1 more old and 1 more new lines, found the end of the output"
    )
  })

  test('rejects a malformed hunk header', () => {
    expect(() => parseUnifiedDiff('diff --git a/f b/f\n@@ bogus @@\n')).toThrow(
      "git diff output, line 2: expected a hunk header '@@ -a,b +c,d @@', found '@@ bogus @@'"
    )
  })
})
