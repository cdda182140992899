import { describe, expect, test } from '@jest/globals'
import { HclSyntaxError, parseHcl, parseTerraformUnit } from '../../../src/formats/terraform/index.js'
import { toPlain } from '../../../src/values.js'
import { parseUnit, resource } from './helpers.js'

/** The error of parsing one file, as the unit reports it. */
function errorOf(text: string): { line?: number; message: string } {
  const out = parseUnit({ 'bad.tf': text, 'good.tf': 'resource "t" "ok" {\n  a = 1\n}\n' })
  expect(out.resources.map(r => r.address)).toEqual(['t.ok'])
  expect(out.errors).toHaveLength(1)
  const [error] = out.errors
  expect(error?.file).toBe('bad.tf')
  return { line: error?.line, message: error?.message ?? '' }
}

describe('syntax errors name what was expected, what was found, and the line', () => {
  test.each([
    [
      'unterminated block',
      'resource "t" "r" {\n  a = 1\n\n  versioning {\n    enabled = true\n  }\n',
      { line: 6, message: "expected '}' to close the block opened at line 1, found end of file" }
    ],
    [
      'unterminated string',
      'resource "t" "r" {\n  a = "abc\n}\n',
      { line: 2, message: `expected '"' to close the string opened at line 2, found end of line` }
    ],
    [
      'unterminated heredoc',
      'resource "t" "r" {\n  a = <<EOT\n  text\n}\n',
      {
        line: 4,
        message: "expected the marker 'EOT' to close the heredoc opened at line 2, found end of file"
      }
    ],
    [
      'missing = or { after labels',
      'resource "t" "r" {\n  a "x" 1\n}\n',
      { line: 2, message: "expected '{' to open the block 'a', found the number 1" }
    ],
    [
      'stray token after a value',
      'resource "t" "r" {\n  a = 1 2\n}\n',
      { line: 2, message: "expected a new line after the value of 'a', found the number 2" }
    ],
    [
      'missing = or {',
      'resource "t" "r" {\n  a 1\n}\n',
      { line: 2, message: "expected '=' or '{' after 'a', found the number 1" }
    ],
    [
      'stray closing brace',
      'resource "t" "r" {\n}\n}\n',
      { line: 3, message: "expected an attribute name or a block type, found '}'" }
    ],
    [
      'missing value',
      'resource "t" "r" {\n  a =\n}\n',
      { line: 2, message: 'expected an expression, found end of line' }
    ],
    [
      'unclosed list',
      'resource "t" "r" {\n  a = [1, 2\n}\n',
      { line: 3, message: "expected ',' or ']' in the list opened at line 2, found '}'" }
    ],
    [
      'an operator at the end of a line outside parentheses',
      'resource "t" "r" {\n  a = 1 +\n    2\n}\n',
      { line: 2, message: 'expected an expression, found end of line' }
    ],
    [
      'unexpected character',
      'resource "t" "r" {\n  a = @\n}\n',
      { line: 2, message: "expected a token, found '@'" }
    ],
    [
      'typographic quotes',
      'resource "t" "r" {\n  a = \u201cx\u201d\n}\n',
      { line: 2, message: "expected a token, found '\u201c'" }
    ],
    [
      'unclosed comment',
      '/* start\nresource "t" "r" {}\n',
      { line: 1, message: "expected '*/' to close the comment opened at line 1, found end of file" }
    ],
    [
      'invalid escape',
      'resource "t" "r" {\n  a = "\\q"\n}\n',
      {
        line: 2,
        message: String.raw`expected an escape sequence (\n, \r, \t, \", \\, \uNNNN or \UNNNNNNNN), found '\q'`
      }
    ],
    [
      'unclosed interpolation',
      'resource "t" "r" {\n  a = "${var.x"\n}\n',
      { line: 2, message: "expected '}' to close the interpolation opened at line 2, found a string" }
    ],
    [
      'unclosed if directive',
      'resource "t" "r" {\n  a = "%{ if true }x"\n}\n',
      {
        line: 2,
        message:
          "expected '%{ else }' or '%{ endif }' to close the '%{ if }' opened at line 2, found the end of the template"
      }
    ],
    [
      'duplicate attribute',
      'resource "t" "r" {\n  a = 1\n  a = 2\n}\n',
      {
        line: 3,
        message: "expected 'a' to be defined once in this body, found it again (an attribute at line 2)"
      }
    ],
    [
      'a block after a closing brace on the same line',
      'resource "t" "a" {} resource "t" "b" {}\n',
      {
        line: 1,
        message: "expected a new line after the block 'resource' opened at line 1, found 'resource'"
      }
    ],
    [
      'template as a label',
      'resource "t${1}" "r" {}\n',
      { line: 1, message: "expected a plain string as a label of the block 'resource', found a template" }
    ]
  ])('%s', (_name, text, expected) => {
    expect(errorOf(text)).toEqual(expected)
  })

  test('parseHcl throws an HclSyntaxError carrying the line', () => {
    expect(() => parseHcl('x.tf', 'a = [\n\n')).toThrow(HclSyntaxError)
    try {
      parseHcl('x.tf', '\n\nb = )\n')
    } catch (error) {
      expect(error).toMatchObject({ line: 3, message: "expected an expression, found ')'" })
    }
  })

  test('a file with an error contributes no resources, the rest of the unit still evaluates', () => {
    const out = parseUnit({
      'variables.tf': 'variable "env" {\n  default = "prod"\n}\n',
      'broken.tf': 'resource "t" "lost" {\n  a = 1\n',
      'main.tf': 'resource "t" "r" {\n  env = var.env\n}\n'
    })
    expect(out.resources.map(r => r.address)).toEqual(['t.r'])
    expect(toPlain(resource(out.resources, 't.r').body)).toEqual({ env: 'prod' })
    expect(out.errors.map(e => e.file)).toEqual(['broken.tf'])
  })
})

describe('hostile input', () => {
  test('a file that is not text is an error, not resources', () => {
    const out = parseUnit({ 'blob.tf': 'resource "t" "r" {}\n\u0000\u0001\u0002binary' })
    expect(out.resources).toEqual([])
    expect(out.errors).toEqual([
      { file: 'blob.tf', line: 2, message: 'expected UTF-8 text, found a NUL byte (is this a binary file?)' }
    ])
  })

  test('text decoded from invalid UTF-8 is an error', () => {
    const out = parseUnit({ 'bad.tf': 'resource "t" "r" {\n  a = "\ufffd"\n}\n' })
    expect(out.errors).toEqual([
      { file: 'bad.tf', line: 2, message: 'expected UTF-8 text, found bytes that are not valid UTF-8' }
    ])
  })

  test('nesting past the limit is a clear error, not a stack overflow', () => {
    const deep = `a = ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`
    const out = parseUnit({ 'deep.tf': deep })
    expect(out.errors).toEqual([
      { file: 'deep.tf', line: 1, message: 'expected at most 256 levels of nesting, found more at line 1' }
    ])
  })

  test('deeply nested blocks, unary operators and conditionals hit the same limit', () => {
    const blocks = `${'a {\n'.repeat(300)}${'}\n'.repeat(300)}`
    expect(() => parseHcl('x.tf', blocks)).toThrow('expected at most 256 levels of nesting')
    expect(() => parseHcl('x.tf', `a = ${'!'.repeat(5000)}true\n`)).toThrow('expected at most 256 levels')
    expect(() => parseHcl('x.tf', `a = ${'true ? 1 : '.repeat(5000)}0\n`)).toThrow(
      'expected at most 256 levels'
    )
    expect(() => parseHcl('x.tf', `a = "${'${"'.repeat(5000)}`)).toThrow('expected at most 256 levels')
  })

  test('the depth limit is an option', () => {
    const text = 'a = [[[[1]]]]\n'
    expect(() => parseHcl('x.tf', text, { maxDepth: 3 })).toThrow('expected at most 3 levels of nesting')
    expect(parseHcl('x.tf', text, { maxDepth: 6 }).attributes.has('a')).toBe(true)
    const out = parseTerraformUnit('.', [{ path: 'main.tf', text: 'resource "t" "r" {\n  a = [[1]]\n}\n' }], {
      maxDepth: 2
    })
    expect(out.errors[0]?.message).toBe('expected at most 2 levels of nesting, found more at line 2')
  })

  test('locals that double at every step do not blow up', () => {
    const lines = ['  l0 = ["x", "y"]']
    for (let i = 1; i <= 60; i++) lines.push(`  l${i} = [local.l${i - 1}, local.l${i - 1}]`)
    const text = `locals {\n${lines.join('\n')}\n}\nresource "t" "r" {\n  small = local.l3\n  big = local.l60\n}\n`
    const started = Date.now()
    const out = parseTerraformUnit('.', [{ path: 'main.tf', text }], { fuel: 200_000 })
    expect(Date.now() - started).toBeLessThan(5000)
    const body = resource(out.resources, 't.r').body
    expect(body.entries.get('big')?.kind).toBe('unknown')
    expect(toPlain(body.entries.get('small')!)).toEqual([
      [
        [
          ['x', 'y'],
          ['x', 'y']
        ],
        [
          ['x', 'y'],
          ['x', 'y']
        ]
      ],
      [
        [
          ['x', 'y'],
          ['x', 'y']
        ],
        [
          ['x', 'y'],
          ['x', 'y']
        ]
      ]
    ])
  })

  test('functions over very long lists neither overflow the stack nor take quadratic time', () => {
    const numbers = Array.from({ length: 200_000 }, (_, i) => i).join(', ')
    const names = Array.from({ length: 100_000 }, (_, i) => `"n${i % 50_000}"`).join(', ')
    const text = `locals {\n  numbers = [${numbers}]\n  names = [${names}]\n}\nresource "t" "r" {\n  max = max(local.numbers...)\n  n = length(toset(local.names))\n}\n`
    const started = Date.now()
    const out = parseTerraformUnit('.', [{ path: 'main.tf', text }])
    expect(Date.now() - started).toBeLessThan(5000)
    expect(toPlain(resource(out.resources, 't.r').body)).toEqual({ max: 199_999, n: 50_000 })
  })

  test('a long chain of locals does not overflow the stack', () => {
    const lines = ['  l0 = 1']
    for (let i = 1; i <= 20_000; i++) lines.push(`  l${i} = local.l${i - 1} + 1`)
    const text = `locals {\n${lines.join('\n')}\n}\nresource "t" "r" {\n  near = local.l10\n  far = local.l20000\n}\n`
    const out = parseTerraformUnit('.', [{ path: 'main.tf', text }])
    const body = resource(out.resources, 't.r').body
    expect(toPlain(body.entries.get('near')!)).toBe(11)
    expect(body.entries.get('far')?.kind).toBe('unknown')
  })
})
