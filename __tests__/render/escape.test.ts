import { describe, expect, test } from '@jest/globals'
import { code, escapeText, inlineMessage } from '../../src/render/escape.js'

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
})
