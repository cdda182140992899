import { describe, expect, test } from '@jest/globals'
import { code, escapeText, inlineMessage, plainText } from '../../src/render/escape.js'

describe('escapeText', () => {
  test('neutralises HTML, mentions, issue references and markdown', () => {
    const out = escapeText('</details><img src=x> @org/team #1 **bold** [link](http://x) `tick` |pipe|')
    expect(out.replace(/&#?\w+;/g, '')).not.toMatch(/[<>@#]|(?<!\\)\*\*|(?<!\\)\[link/)
    expect(out).toContain('&lt;/details&gt;')
    expect(out).toContain('&#64;org/team')
    expect(out).toContain('&#35;1')
    expect(out).toContain('\\|pipe\\|')
  })

  test('keeps to one line and bounds length', () => {
    expect(escapeText('a\nb\r\nc')).toBe('a b c')
    expect(escapeText('x'.repeat(70_000)).length).toBeLessThanOrEqual(500)
  })

  test('drops control characters and bidirectional overrides', () => {
    // A NUL makes GitHub refuse the body; U+202E makes text read backwards.
    expect(escapeText('a\u0000b\u001bc\u202ed\u2066e\u2028f')).toBe('a b c d e f')
  })

  test('never cuts a surrogate pair in half', () => {
    for (let max = 2; max < 10; max++) {
      const out = escapeText('𝄞'.repeat(20), max)
      expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/)
      expect(out.length).toBeLessThanOrEqual(max)
    }
    expect(escapeText('a\ud800b')).toBe('a\ufffdb')
  })
})

describe('plainText', () => {
  test('one line, no control characters, bounded, no escaping', () => {
    expect(plainText('`a` <b> @c #1\n\u0000d', 100)).toBe('`a` <b> @c #1 d')
    expect(plainText('x'.repeat(2_000), 100)).toBe(`${'x'.repeat(99)}…`)
  })
})

describe('code', () => {
  test('a fence longer than any backtick run inside', () => {
    expect(code('a ``` b')).toBe('````a ``` b````')
    expect(code('`x`')).toBe('`` `x` ``')
    expect(code('plain')).toBe('`plain`')
  })

  test('escapes pipes only in table cells', () => {
    expect(code('a|b', { inTable: true })).toBe('`a\\|b`')
    expect(code('a|b')).toBe('`a|b`')
  })

  test('bounds length and keeps to one line', () => {
    expect(code('x'.repeat(70_000)).length).toBeLessThan(210)
    expect(code('a\nb')).toBe('`a b`')
  })
})

describe('inlineMessage', () => {
  test('keeps the template code spans as code and escapes the rest', () => {
    expect(inlineMessage('`acl` is "public-read" for @team')).toBe('`acl` is "public-read" for &#64;team')
  })

  test('a value holding backticks cannot break out of its code span', () => {
    const out = inlineMessage('`tags.Name` is `` `</details>` ``')
    // Inside a code span GitHub shows HTML as text; outside, nothing may stay markup.
    expect(out).toContain('`</details>`')
    expect(out.replace(/`[^`]*`/g, '')).not.toMatch(/[<>]/)
  })

  test('an odd number of backticks is plain escaped text', () => {
    expect(inlineMessage('a ` b')).toBe('a \\` b')
  })

  test('long text between code spans is kept up to the maximum asked for', () => {
    const text = `Set \`x\` ${'y'.repeat(900)} then \`z\`.`
    const out = inlineMessage(text, { max: 2_000 })
    expect(out).toBe(`Set \`x\` ${'y'.repeat(900)} then \`z\`.`)
  })
})
