import { describe, expect, test } from '@jest/globals'
import { diffHunk, findLine, findPosition, parsePatch } from './diff-hunks.js'
import { sideRanges } from './review-location.js'

// Two hunks: lines 1-4 → 1-5 (one line replaced by two), lines 20-22 → 21-22 (one line removed).
const PATCH = [
  '@@ -1,4 +1,5 @@',
  ' resource "aws_s3_bucket" "logs" {',
  '-  acl = "private"',
  '+  acl    = "public-read"',
  '+  force_destroy = true',
  '   bucket = "logs"',
  ' }',
  '@@ -20,3 +21,2 @@ resource "aws_db_instance" "main" {',
  '   engine = "postgres"',
  '-  storage_encrypted = true',
  ' }'
].join('\n')

describe('parsePatch', () => {
  test('numbers lines on each side and counts changes', () => {
    const parsed = parsePatch(PATCH)
    expect(parsed.additions).toBe(2)
    expect(parsed.deletions).toBe(2)
    expect(parsed.hunks.map(h => [h.oldStart, h.oldCount, h.newStart, h.newCount])).toEqual([
      [1, 4, 1, 5],
      [20, 3, 21, 2]
    ])
    expect(parsed.lines.filter(l => l.kind === 'added').map(l => l.newLine)).toEqual([2, 3])
    expect(parsed.lines.filter(l => l.kind === 'removed').map(l => l.oldLine)).toEqual([2, 21])
    expect(sideRanges(parsed, 'RIGHT')).toBe('1-5, 21-22')
    expect(sideRanges(parsed, 'LEFT')).toBe('1-4, 20-22')
  })

  test('a line is found only on a side that has it', () => {
    const parsed = parsePatch(PATCH)
    expect(findLine(parsed, 'RIGHT', 3)?.kind).toBe('added')
    expect(findLine(parsed, 'LEFT', 2)?.kind).toBe('removed')
    expect(findLine(parsed, 'RIGHT', 4)?.kind).toBe('context')
    expect(findLine(parsed, 'LEFT', 3)?.kind).toBe('context') // old line 3 is new line 4
    expect(findLine(parsed, 'RIGHT', 6)).toBeUndefined() // between the hunks
    expect(findLine(parsed, 'RIGHT', 23)).toBeUndefined() // after the last hunk
    expect(findLine(parsed, 'LEFT', 5)).toBeUndefined()
  })

  test('positions count from the first header and include later headers', () => {
    const parsed = parsePatch(PATCH)
    expect(findPosition(parsed, 1)?.newLine).toBe(1)
    expect(findPosition(parsed, 6)?.newLine).toBe(5)
    expect(findPosition(parsed, 7)).toBeUndefined() // the second @@ header
    expect(findPosition(parsed, 8)?.newLine).toBe(21)
    expect(findPosition(parsed, 9)?.oldLine).toBe(21)
  })

  test('diff_hunk runs from the hunk header to the commented line', () => {
    const parsed = parsePatch(PATCH)
    const line = findLine(parsed, 'LEFT', 21)
    expect(line).toBeDefined()
    expect(diffHunk(parsed, line!)).toBe(
      '@@ -20,3 +21,2 @@ resource "aws_db_instance" "main" {\n   engine = "postgres"\n-  storage_encrypted = true'
    )
  })

  test('a hunk with an omitted count has one line; "no newline" markers are skipped', () => {
    const parsed = parsePatch('@@ -0,0 +1 @@\n+only line\n\\ No newline at end of file')
    expect(parsed.lines).toHaveLength(1)
    expect(findLine(parsed, 'RIGHT', 1)?.kind).toBe('added')
  })

  test('rejects a patch whose hunks do not add up', () => {
    expect(() => parsePatch('@@ -1,2 +1,2 @@\n a\n')).toThrow('last hunk is short')
    expect(() => parsePatch('@@ -1 +1 @@\n+a\n+b\n-c')).toThrow('more lines than the hunk header says')
    expect(() => parsePatch('+a')).toThrow('expected an @@ hunk header')
    expect(() => parsePatch('@@ -1 +1 @@\n*a')).toThrow('unexpected')
  })
})
