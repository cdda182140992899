import { describe, expect, test } from '@jest/globals'
import { toPlain } from '../../../src/values.js'
import { at, parseMain, parseUnit, resource, span, valueOf } from './helpers.js'

describe('variables', () => {
  const files = {
    'variables.tf': `variable "a" {
  default = "default"
}
variable "b" {
  default = "default"
}
variable "c" {
  default = "default"
}
variable "d" {
  default = "default"
}
variable "none" {}
`,
    'main.tf': `resource "t" "r" {
  a    = var.a
  b    = var.b
  c    = var.c
  d    = var.d
  none = var.none
}
`,
    'terraform.tfvars': 'b = "tfvars"\nc = "tfvars"\nd = "tfvars"\n',
    'a.auto.tfvars': 'c = "a.auto"\nd = "a.auto"\n',
    'b.auto.tfvars': 'd = "b.auto"\n',
    'prod.tfvars': 'a = "only with -var-file"\n'
  }

  test('defaults, then terraform.tfvars, then *.auto.tfvars in lexical order', () => {
    const out = parseUnit(files)
    expect(out.errors).toEqual([])
    const body = resource(out.resources, 't.r').body
    expect(toPlain(at(body, 'a'))).toBe('default')
    expect(toPlain(at(body, 'b'))).toBe('tfvars')
    expect(toPlain(at(body, 'c'))).toBe('a.auto')
    expect(toPlain(at(body, 'd'))).toBe('b.auto')
  })

  test('a variable with no value is unknown, with its text and the span of its use', () => {
    const body = resource(parseUnit(files).resources, 't.r').body
    expect(at(body, 'none')).toEqual({ kind: 'unknown', expr: 'var.none', span: span(6, 10, 6, 17) })
  })

  test('a resolved value points at its use, in the resource file, however deep', () => {
    const out = parseUnit({
      'variables.tf': 'variable "tags" {\n  default = {\n    env = "prod"\n  }\n}\n',
      'main.tf': 'resource "t" "r" {\n  tags = var.tags\n  env  = var.tags.env\n}\n'
    })
    const body = resource(out.resources, 't.r').body
    expect(at(body, 'tags').span).toEqual(span(2, 10, 2, 17))
    expect(at(body, 'tags.env')).toEqual({ kind: 'string', value: 'prod', span: span(2, 10, 2, 17) })
    expect(at(body, 'env')).toEqual({ kind: 'string', value: 'prod', span: span(3, 10, 3, 21) })
  })

  test('variable defaults and tfvars cannot refer to anything', () => {
    const out = parseUnit({
      'main.tf':
        'locals {\n  l = 1\n}\nvariable "v" {\n  default = local.l\n}\nresource "t" "r" {\n  v = var.v\n}\n'
    })
    expect(at(resource(out.resources, 't.r').body, 'v')).toMatchObject({ kind: 'unknown', expr: 'var.v' })
  })
})

describe('locals', () => {
  test('locals resolve across files and through each other', () => {
    const out = parseUnit({
      'locals.tf': 'locals {\n  name = "${local.prefix}-logs"\n}\n',
      'more.tf': 'locals {\n  prefix = upper(var.env)\n}\nvariable "env" {\n  default = "prod"\n}\n',
      'main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = local.name\n}\n'
    })
    expect(out.errors).toEqual([])
    expect(at(resource(out.resources, 'aws_s3_bucket.b').body, 'bucket')).toEqual({
      kind: 'string',
      value: 'PROD-logs',
      span: span(2, 12, 2, 21)
    })
  })

  test('a cycle of locals is unknown', () => {
    const value = valueOf('local.a', 'locals {\n  a = local.b\n  b = local.a\n}')
    expect(value).toMatchObject({ kind: 'unknown', expr: 'local.a' })
  })

  test('a missing local or attribute is unknown', () => {
    expect(valueOf('local.nope')).toMatchObject({ kind: 'unknown', expr: 'local.nope' })
    expect(valueOf('local.m.nope', 'locals {\n  m = {}\n}')).toMatchObject({
      kind: 'unknown',
      expr: 'local.m.nope'
    })
  })

  test('a duplicate local is an error, the first one wins', () => {
    const out = parseUnit({
      'a.tf': 'locals {\n  x = 1\n}\n',
      'b.tf': 'locals {\n  x = 2\n}\nresource "t" "r" {\n  x = local.x\n}\n'
    })
    expect(out.errors).toEqual([
      {
        file: 'b.tf',
        line: 2,
        message: "expected each local value to be defined once, found 'local.x' again"
      }
    ])
    expect(toPlain(at(out.resources[0]!.body, 'x'))).toBe(1)
  })
})

describe('references to other resources', () => {
  test.each([
    ['aws_s3_bucket.logs.id', ['aws_s3_bucket.logs']],
    ['aws_instance.web[0].private_ip', ['aws_instance.web']],
    ['aws_instance.web[*].id', ['aws_instance.web']],
    ['data.aws_iam_policy_document.p.json', ['data.aws_iam_policy_document.p']],
    ['module.m.out', ['module.m']],
    ['"${aws_s3_bucket.a.arn}/${aws_s3_bucket.b.arn}/*"', ['aws_s3_bucket.a', 'aws_s3_bucket.b']],
    ['var.flag ? aws_s3_bucket.a.id : aws_s3_bucket.b.id', ['aws_s3_bucket.a', 'aws_s3_bucket.b']],
    ['file("${path.module}/${aws_s3_bucket.a.id}")', ['aws_s3_bucket.a']],
    ['[for s in aws_subnet.all : s.id]', ['aws_subnet.all']],
    ['local.arn', ['aws_kms_key.k']]
  ])('%s', (expr, refs) => {
    const value = valueOf(expr, 'locals {\n  arn = aws_kms_key.k.arn\n}')
    expect(value.kind).toBe('unknown')
    expect(value.kind === 'unknown' && value.refs).toEqual(refs)
  })

  test.each(['count.index', 'each.key', 'each.value.name', 'path.module', 'terraform.workspace', 'self.id'])(
    '%s is unknown without refs',
    expr => {
      expect(valueOf(expr)).toEqual({ kind: 'unknown', expr, span: span(3, 7, 3, 6 + expr.length) })
    }
  )

  test('an unknown keeps the source text on one line, shortened to about 80 characters', () => {
    const long = `join(",", [\n    ${Array.from({ length: 30 }, (_, i) => `aws_s3_bucket.b${i}.id`).join(',\n    ')}\n  ])`
    const value = valueOf(long)
    expect(value.kind).toBe('unknown')
    if (value.kind !== 'unknown') return
    expect(value.expr).toMatch(/^join\(",", \[ aws_s3_bucket\.b0\.id, aws_s3_bucket\.b1\.id,/)
    expect(value.expr.length).toBe(80)
    expect(value.expr.endsWith('…')).toBe(true)
    expect(value.refs).toHaveLength(30)
    expect(value.span).toEqual(span(3, 7, 34, 4))
  })

  test('unknown values inside known structures keep their own refs', () => {
    const value = valueOf('{ bucket = aws_s3_bucket.a.id, acl = "private" }')
    expect(value.kind).toBe('map')
    expect(value.kind === 'map' && value.entries.get('bucket')).toMatchObject({
      kind: 'unknown',
      expr: 'aws_s3_bucket.a.id',
      refs: ['aws_s3_bucket.a']
    })
  })
})

describe('functions', () => {
  test.each([
    ['lower("ABC")', 'abc'],
    ['upper("abc")', 'ABC'],
    ['trimspace("  x ")', 'x'],
    ['format("%s-%d-%v %%", "a", 3, true)', 'a-3-true %'],
    ['join("-", ["a", "b"], ["c"])', 'a-b-c'],
    ['concat([1], [2, 3])', [1, 2, 3]],
    ['merge({ a = 1, b = 1 }, { b = 2 }, null)', { a: 1, b: 2 }],
    ['lookup({ a = 1 }, "a", 0)', 1],
    ['lookup({ a = 1 }, "z", 0)', 0],
    ['tolist(["a"])', ['a']],
    ['toset(["a", "b", "a"])', ['a', 'b']],
    ['tostring(5)', '5'],
    ['tonumber("5.5")', 5.5],
    ['tobool("true")', true],
    ['coalesce("", null, "x")', 'x'],
    ['length([1, 2, 3])', 3],
    ['length({ a = 1 })', 1],
    ['length("héllo")', 5],
    ['keys({ b = 1, a = 2 })', ['b', 'a']],
    ['values({ b = 1, a = 2 })', [1, 2]],
    ['contains(["a"], "a")', true],
    ['element(["a", "b"], 3)', 'b'],
    ['split(",", "a,b")', ['a', 'b']],
    ['replace("a-b-c", "-", "_")', 'a_b_c'],
    ['distinct([1, 1, 2])', [1, 2]],
    ['flatten([[1], [2, [3]]])', [1, 2, 3]],
    ['compact(["a", "", null])', ['a']],
    ['min(3, 1, 2)', 1],
    ['max([3, 1, 2]...)', 3],
    ['jsondecode("{\\"a\\": [1, true]}")', { a: [1, true] }],
    ['startswith("arn:aws:s3", "arn:")', true],
    ['try(local.x, "fallback")', 'known'],
    ['provider::aws::arn_parse("arn:aws:s3:::b")', undefined]
  ])('%s', (expr, expected) => {
    const value = valueOf(expr, 'locals {\n  x = "known"\n}')
    if (expected === undefined) expect(value.kind).toBe('unknown')
    else expect(toPlain(value)).toEqual(expected)
  })

  test('jsonencode(x) is x itself, so policies can be read structurally', () => {
    const value = valueOf(`jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Resource = aws_s3_bucket.b.arn }]
  })`)
    expect(value.kind).toBe('map')
    expect(toPlain(value)).toMatchObject({ Version: '2012-10-17', Statement: [{ Effect: 'Allow' }] })
    const statement = value.kind === 'map' ? value.entries.get('Statement') : undefined
    const first = statement?.kind === 'list' ? statement.items[0] : undefined
    expect(first?.kind === 'map' && first.entries.get('Resource')).toMatchObject({
      kind: 'unknown',
      refs: ['aws_s3_bucket.b']
    })
    expect(first?.kind === 'map' && first.entries.get('Effect')?.span).toEqual(span(5, 29, 5, 35))
  })

  test.each([
    'file("policy.json")',
    'templatefile("p.tpl", {})',
    'timestamp()',
    'uuid()',
    'cidrsubnet("10.0.0.0/16", 8, 1)'
  ])('%s is unknown: nothing is read or run', expr => {
    expect(valueOf(expr)).toMatchObject({ kind: 'unknown', expr })
  })

  test('a known function with an unknown argument is unknown', () => {
    expect(valueOf('lower(var.x)')).toMatchObject({ kind: 'unknown', expr: 'lower(var.x)' })
  })

  test('a computed value carries the span of the whole expression', () => {
    expect(valueOf('upper("a")')).toEqual({ kind: 'string', value: 'A', span: span(3, 7, 3, 16) })
  })
})

describe('conditionals and operators with unknowns', () => {
  test('an unknown condition is unknown with the refs of all parts', () => {
    expect(valueOf('aws_s3_bucket.a.id == "" ? "x" : aws_s3_bucket.b.id')).toMatchObject({
      kind: 'unknown',
      refs: ['aws_s3_bucket.a', 'aws_s3_bucket.b']
    })
  })

  test('a known condition picks its branch, with the span of the branch', () => {
    expect(valueOf('1 > 0 ? "yes" : aws_s3_bucket.b.id')).toEqual({
      kind: 'string',
      value: 'yes',
      span: span(3, 15, 3, 19)
    })
  })

  test('arithmetic on an unknown is unknown', () => {
    expect(valueOf('var.n + 1')).toMatchObject({ kind: 'unknown', expr: 'var.n + 1' })
  })

  test('equality with an unknown inside a collection is unknown', () => {
    expect(valueOf('[var.n] == [1]').kind).toBe('unknown')
  })
})

describe('resources in one file stay independent of evaluation order', () => {
  test('several resources share a local without interfering', () => {
    const resources = parseMain(`locals {
  tags = { env = "prod" }
}
resource "t" "a" {
  tags = local.tags
}
resource "t" "b" {
  tags = merge(local.tags, { extra = true })
}
`)
    expect(toPlain(resource(resources, 't.a').body)).toEqual({ tags: { env: 'prod' } })
    expect(toPlain(resource(resources, 't.b').body)).toEqual({ tags: { env: 'prod', extra: true } })
    expect(at(resource(resources, 't.a').body, 'tags.env').span).toEqual(span(5, 10, 5, 19))
    expect(at(resource(resources, 't.b').body, 'tags.env').span).toEqual(span(8, 16, 8, 25))
  })
})
