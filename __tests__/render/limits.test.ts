import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, test } from '@jest/globals'
import { fitMarkdown, fitText, GITHUB_LIMITS, utf8Length } from '../../src/render/limits.js'
import { markdownProblems } from './markdown-checks.js'

describe('GITHUB_LIMITS', () => {
  // GitHub's own OpenAPI description carries some of the limits as schema keywords.
  const require = createRequire(import.meta.url)
  const api = JSON.parse(
    readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.deref.json'), 'utf8')
  ) as {
    paths: Record<string, Record<string, { requestBody: { content: Record<string, { schema: Schema }> } }>>
  }
  interface Schema {
    properties: Record<string, Schema & { maxLength?: number; maxItems?: number; description?: string }>
    items: Schema
  }
  const output = api.paths['/repos/{owner}/{repo}/check-runs']?.post?.requestBody.content['application/json']
    ?.schema.properties.output as Schema

  test('agree with the check-run schema of the REST API', () => {
    expect(output.properties.summary?.maxLength).toBe(GITHUB_LIMITS.checkRunSummaryBytes)
    expect(output.properties.text?.maxLength).toBe(GITHUB_LIMITS.checkRunTextBytes)
    expect(output.properties.annotations?.maxItems).toBe(GITHUB_LIMITS.annotationsPerRequest)
    const annotation = output.properties.annotations?.items.properties
    expect(annotation?.title?.description).toContain('maximum size is 255 characters')
    expect(annotation?.message?.description).toContain('maximum size is 64 KB')
    expect(GITHUB_LIMITS.annotationMessageBytes).toBeLessThanOrEqual(64 * 1_000)
  })

  test('a job summary is 1 MiB', () => {
    expect(GITHUB_LIMITS.jobSummaryBytes).toBe(1024 * 1024)
  })
})

describe('utf8Length', () => {
  test('counts bytes, not characters', () => {
    expect(utf8Length('a')).toBe(1)
    expect(utf8Length('é')).toBe(2)
    expect(utf8Length('€')).toBe(3)
    expect(utf8Length('𝄞')).toBe(4)
    expect('𝄞'.length).toBe(2)
  })
})

describe('fitText', () => {
  test('returns text that fits unchanged', () => {
    expect(fitText('hello', { bytes: 5, chars: 5 })).toBe('hello')
  })

  test('shortens to the byte budget, ellipsis included', () => {
    const out = fitText('€€€€€', { bytes: 10 })
    expect(out).toBe('€€…')
    expect(utf8Length(out)).toBeLessThanOrEqual(10)
  })

  test('shortens to the character budget', () => {
    expect(fitText('abcdef', { chars: 4 })).toBe('abc…')
  })

  test('never splits a surrogate pair or a UTF-8 sequence', () => {
    for (let bytes = 3; bytes < 40; bytes++) {
      const out = fitText('a𝄞𝄞𝄞𝄞𝄞𝄞𝄞𝄞𝄞', { bytes })
      expect(utf8Length(out)).toBeLessThanOrEqual(bytes)
      expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/)
      expect(Buffer.from(out, 'utf8').toString('utf8')).toBe(out)
    }
    for (let chars = 2; chars < 12; chars++)
      expect(fitText('𝄞𝄞𝄞𝄞𝄞𝄞𝄞𝄞', { chars })).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/)
  })

  test('honours both budgets at once', () => {
    const out = fitText('é'.repeat(100), { bytes: 50, chars: 40 })
    expect(out.length).toBeLessThanOrEqual(40)
    expect(utf8Length(out)).toBeLessThanOrEqual(50)
  })

  test('is empty when not even the ellipsis fits', () => {
    expect(fitText('abcdef', { bytes: 2 })).toBe('')
    expect(fitText('abcdef', { bytes: 2 }, '')).toBe('ab')
  })
})

describe('fitMarkdown', () => {
  const doc = [
    'Intro paragraph.',
    '',
    '| a | b |',
    '| --- | --- |',
    '| 1 | 2 |',
    '| 3 | 4 |',
    '',
    '<details>',
    '<summary>More</summary>',
    '',
    'Inside the details.',
    '',
    '</details>',
    '',
    '```suggestion',
    'line one',
    '',
    'line two after a blank line',
    '```',
    '',
    'Last paragraph.',
    ''
  ].join('\n')

  test('returns markdown that fits unchanged', () => {
    expect(fitMarkdown(doc, utf8Length(doc))).toBe(doc)
  })

  test('cuts only between blocks, outside fences and <details>, and appends the note', () => {
    for (let maxBytes = 10; maxBytes < utf8Length(doc); maxBytes++) {
      const out = fitMarkdown(doc, maxBytes, '_(shortened)_')
      expect(utf8Length(out)).toBeLessThanOrEqual(maxBytes)
      expect(markdownProblems(out)).toEqual([])
      const kept = out.replace(/\n*_\(shortened\)_\n$/, '')
      if (kept !== '' && !kept.startsWith('_(')) expect(doc.startsWith(kept)).toBe(true)
    }
  })

  test('never keeps half a table or half a fence', () => {
    const out = fitMarkdown(doc, utf8Length(doc) - 5, '_(shortened)_')
    expect(out).toBe(`${doc.slice(0, doc.indexOf('\n\n```suggestion'))}\n\n_(shortened)_\n`)
  })
})
