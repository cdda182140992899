import { describe, expect, test } from '@jest/globals'
import { parseHcl } from '../../../src/formats/terraform/index.js'
import { toPlain } from '../../../src/values.js'
import { at, parseMain, span, valueOf } from './helpers.js'

describe('comments', () => {
  test('#, // and /* */ comments are skipped, also inside expressions and across lines', () => {
    const [r] = parseMain(`# leading comment
// another
/* a block
   comment */
resource "t" "r" { # after the brace
  a = 1 # trailing
  b = [
    1, // inside a list
    /* inline */ 2,
  ]
  /* before */ c = "x"
}
`)
    expect(toPlain(r!.body)).toEqual({ a: 1, b: [1, 2], c: 'x' })
    expect(at(r!.body, 'c').span).toEqual(span(11, 20, 11, 22))
  })
})

describe('strings and templates', () => {
  test('escapes', () => {
    expect(toPlain(valueOf(String.raw`"a\nb\tc\"d\\e\u00e9\U0001F600"`))).toBe('a\nb\tc"d\\eé😀')
  })

  test('$${ and %%{ are literal', () => {
    expect(toPlain(valueOf('"$${x} %%{y}"'))).toBe('${x} %{y}')
  })

  test('a lone $ or % is text', () => {
    expect(toPlain(valueOf('"100% of $5"'))).toBe('100% of $5')
  })

  test('interpolation of known values becomes a string', () => {
    expect(toPlain(valueOf('"${local.a}-${1 + 1}-${true}"', 'locals {\n  a = "x"\n}'))).toBe('x-2-true')
  })

  test('"${x}" alone is the value of x itself', () => {
    expect(toPlain(valueOf('"${local.l}"', 'locals {\n  l = [1, 2]\n}'))).toEqual([1, 2])
  })

  test('if and for directives with strip markers', () => {
    const prelude = 'locals {\n  on = true\n  names = ["a", "b"]\n}'
    expect(toPlain(valueOf('"%{ if local.on }yes%{ else }no%{ endif }"', prelude))).toBe('yes')
    expect(toPlain(valueOf('"%{ if !local.on }yes%{ else }no%{ endif }"', prelude))).toBe('no')
    expect(toPlain(valueOf('"%{ for n in local.names }[${n}]%{ endfor }"', prelude))).toBe('[a][b]')
    expect(toPlain(valueOf('"a   ${~ "b" ~}   c"'))).toBe('abc')
  })

  test('a string value spans its quotes', () => {
    expect(valueOf('"abc"').span).toEqual(span(3, 7, 3, 11))
    expect(valueOf('"a${local.x}"', 'locals {\n  x = "b"\n}').span).toEqual(span(5, 7, 5, 19))
  })
})

describe('heredocs', () => {
  test('<<EOT keeps indentation; the closing marker may be indented', () => {
    const [r] = parseMain(`resource "t" "r" {
  policy = <<EOT
  {
    "a": 1
  }
  EOT
  after = 1
}
`)
    expect(toPlain(at(r!.body, 'policy'))).toBe('  {\n    "a": 1\n  }\n')
    expect(at(r!.body, 'policy').span).toEqual(span(2, 12, 6, 5))
    expect(at(r!.body, 'after').span).toEqual(span(7, 11, 7, 11))
  })

  test('<<-EOT strips the smallest indentation of non-blank lines', () => {
    const [r] = parseMain(`resource "t" "r" {
  a = <<-EOT
      one
        two

      three
    EOT
}
`)
    expect(toPlain(at(r!.body, 'a'))).toBe('one\n  two\n\nthree\n')
  })

  test('<<-EOT counts a tab as one character of indentation', () => {
    const [r] = parseMain('resource "t" "r" {\n  a = <<-EOT\n\tx\n  y\n  EOT\n}\n')
    expect(toPlain(at(r!.body, 'a'))).toBe('x\n y\n')
  })

  test('interpolation inside a heredoc; a line that only contains the marker as a suffix does not close it', () => {
    const [r] = parseMain(`locals {
  env = "prod"
}
resource "t" "r" {
  a = <<-EOF
    env: \${local.env}
    NOT EOF
  EOF
}
`)
    expect(toPlain(at(r!.body, 'a'))).toBe('env: prod\nNOT EOF\n')
    expect(at(r!.body, 'a').span).toEqual(span(5, 7, 8, 5))
  })

  test('a template for directive over a map, and a whole-value interpolation of a number', () => {
    const prelude = 'locals {\n  m = { a = 1, b = 2 }\n  n = 5\n}'
    expect(toPlain(valueOf('"%{ for k, v in local.m }${k}=${v};%{ endfor }"', prelude))).toBe('a=1;b=2;')
    expect(valueOf('"${local.n}"', prelude)).toEqual({ kind: 'number', value: 5, span: span(6, 7, 6, 18) })
  })

  test('an empty heredoc is an empty string', () => {
    expect(toPlain(valueOf('<<EOT\nEOT'))).toBe('')
  })
})

describe('numbers, bools, null, collections', () => {
  test('literals', () => {
    expect(toPlain(valueOf('42'))).toBe(42)
    expect(toPlain(valueOf('-1.5e2'))).toBe(-150)
    expect(valueOf('-3').span).toEqual(span(3, 7, 3, 8))
    expect(toPlain(valueOf('0.25'))).toBe(0.25)
    expect(toPlain(valueOf('true'))).toBe(true)
    expect(toPlain(valueOf('false'))).toBe(false)
    expect(toPlain(valueOf('null'))).toBe(null)
  })

  test('lists and maps across lines, with commas or newlines, = or :', () => {
    const value = valueOf(`{
    a = 1
    "b" : [
      1,
      2,
    ]
    c = { d = "e", f = null }, g = []
  }`)
    expect(toPlain(value)).toEqual({ a: 1, b: [1, 2], c: { d: 'e', f: null }, g: [] })
    expect(value.span).toEqual(span(3, 7, 10, 3))
  })

  test('an object inside call arguments separates items by new lines again', () => {
    const value = valueOf('merge(\n    {\n      a = 1\n      b = 2\n    },\n    { c = 3 }\n  )')
    expect(toPlain(value)).toEqual({ a: 1, b: 2, c: 3 })
  })

  test('identifiers may hold non-ASCII letters and dashes', () => {
    expect(toPlain(valueOf('{ café-name = local.naïve }', 'locals {\n  naïve = 1\n}'))).toEqual({
      'café-name': 1
    })
  })

  test('parenthesised and keyword-like keys', () => {
    const value = valueOf('{ (local.k) = 1, for = 2, if = 3 }', 'locals {\n  k = "dyn"\n}')
    expect(toPlain(value)).toEqual({ dyn: 1, for: 2, if: 3 })
  })
})

describe('operators', () => {
  test.each([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 / 4', 2.5],
    ['7 % 3', 1],
    ['5 - 2 - 1', 2],
    ['-local.n', -4],
    ['!true', false],
    ['1 < 2 && 2 <= 2', true],
    ['3 > 4 || 4 >= 5', false],
    ['"a" == "a"', true],
    ['1 == "1"', false],
    ['[1, 2] != [1, 2]', false],
    ['local.n == 4 ? "four" : "other"', 'four'],
    ['false ? 1 : true ? 2 : 3', 2],
    ['false && var.unknown', false],
    ['true || var.unknown', true]
  ])('%s', (expr, expected) => {
    expect(toPlain(valueOf(expr, 'locals {\n  n = 4\n}'))).toEqual(expected)
  })

  test('a conditional may span lines inside parentheses', () => {
    expect(toPlain(valueOf('(\n    true\n    ? "a"\n    : "b"\n  )'))).toBe('a')
  })
})

describe('traversals and for expressions', () => {
  const prelude = `locals {
  m = { a = { b = [10, 20, { c = "deep" }] } }
  list = [{ id = 1 }, { id = 2 }]
  tags = { env = "prod", team = "x" }
}`

  test.each([
    ['local.m.a.b[0]', 10],
    ['local.m["a"].b[2].c', 'deep'],
    ['local.m.a.b.1', 20],
    ['local.list[*].id', [1, 2]],
    ['local.list.*.id', [1, 2]],
    ['[for x in local.list : x.id * 2]', [2, 4]],
    ['[for i, x in local.list : i if x.id > 1]', [1]],
    ['{for k, v in local.tags : upper(k) => v}', { ENV: 'prod', TEAM: 'x' }],
    ['{for x in ["a", "b", "a"] : x => x...}', { a: ['a', 'a'], b: ['b'] }],
    ['[\n    for x in [1, 2] :\n    x\n  ]', [1, 2]]
  ])('%s', (expr, expected) => {
    expect(toPlain(valueOf(expr, prelude))).toEqual(expected)
  })
})

describe('line endings and byte order mark', () => {
  test('CRLF files keep lines and columns right', () => {
    const text = 'resource "t" "r" {\r\n  a = "x"\r\n  b = <<EOT\r\nline\r\nEOT\r\n  c = 2\r\n}\r\n'
    const [r] = parseMain(text)
    expect(r!.span).toEqual(span(1, 1, 7, 1))
    expect(at(r!.body, 'a').span).toEqual(span(2, 7, 2, 9))
    expect(toPlain(at(r!.body, 'b'))).toBe('line\n')
    expect(at(r!.body, 'b').span).toEqual(span(3, 7, 5, 3))
    expect(at(r!.body, 'c').span).toEqual(span(6, 7, 6, 7))
  })

  test('a UTF-8 byte order mark does not shift columns', () => {
    const [r] = parseMain('\ufeffresource "t" "r" {\n  a = 1\n}\n')
    expect(r!.span).toEqual(span(1, 1, 3, 1))
  })
})

describe('parseHcl', () => {
  test('top-level blocks in order, with labels and their spans', () => {
    const file = parseHcl('main.tf', 'variable "a" {}\nresource "t" "n" {\n  x = 1\n}\nz = 3\n')
    expect(file.blocks.map(b => [b.type, b.labels])).toEqual([
      ['variable', ['a']],
      ['resource', ['t', 'n']]
    ])
    expect(file.blocks[1]!.labelSpans).toEqual([span(2, 10, 2, 12), span(2, 14, 2, 16)])
    expect(file.blocks[1]!.bodySpan).toEqual(span(2, 18, 4, 1))
    expect([...file.attributes.keys()]).toEqual(['z'])
    expect(file.attributeSpans.get('z')).toEqual(span(5, 1, 5, 1))
  })
})
