import { describe, expect, test } from '@jest/globals'
import { toPlain } from '../../../src/values.js'
import { at, parseMain, parseUnit, resource, span } from './helpers.js'

describe('dynamic blocks', () => {
  test('a known list expands to one block per element, next to the static blocks', () => {
    const [sg] = parseMain(`locals {
  ports = [80, 443]
}
resource "aws_security_group" "web" {
  ingress {
    from_port = 22
  }
  dynamic "ingress" {
    for_each = local.ports
    content {
      from_port   = ingress.value
      description = "port \${ingress.key}"
      protocol    = "tcp"
    }
  }
}
`)
    expect(toPlain(sg!.body)).toEqual({
      ingress: [
        { from_port: 22 },
        { from_port: 80, description: 'port 0', protocol: 'tcp' },
        { from_port: 443, description: 'port 1', protocol: 'tcp' }
      ]
    })
    expect(at(sg!.body, 'ingress.1').span).toEqual(span(8, 3, 15, 3))
    expect(at(sg!.body, 'ingress.1.from_port').span).toEqual(span(11, 21, 11, 33))
    expect(at(sg!.body, 'ingress.2.from_port').span).toEqual(span(11, 21, 11, 33))
    expect(at(sg!.body, 'ingress').span).toEqual(span(5, 3, 15, 3))
  })

  test('a map with an iterator name binds key and value', () => {
    const [r] = parseMain(`resource "t" "r" {
  dynamic "setting" {
    for_each = { a = "1", b = "2" }
    iterator = s
    content {
      name  = s.key
      value = s.value
    }
  }
}
`)
    expect(r!.body.keySpans?.get('setting')).toEqual(span(2, 11, 2, 19))
    expect(toPlain(r!.body)).toEqual({
      setting: [
        { name: 'a', value: '1' },
        { name: 'b', value: '2' }
      ]
    })
  })

  test('a list of objects exposes their attributes', () => {
    const [r] = parseMain(`variable "rules" {
  default = [{ port = 22, cidr = "10.0.0.0/8" }, { port = 443, cidr = "0.0.0.0/0" }]
}
resource "aws_security_group" "sg" {
  dynamic "ingress" {
    for_each = var.rules
    content {
      from_port   = ingress.value.port
      cidr_blocks = [ingress.value.cidr]
    }
  }
}
`)
    expect(toPlain(at(r!.body, 'ingress'))).toEqual([
      { from_port: 22, cidr_blocks: ['10.0.0.0/8'] },
      { from_port: 443, cidr_blocks: ['0.0.0.0/0'] }
    ])
    expect(at(r!.body, 'ingress.1.cidr_blocks.0').span).toEqual(span(9, 22, 9, 39))
  })

  test('an unknown collection gives one block whose iterator-dependent values are unknown', () => {
    const [r] = parseMain(`variable "rules" {}
resource "aws_security_group" "sg" {
  dynamic "ingress" {
    for_each = var.rules
    content {
      from_port = ingress.value.port
      protocol  = "tcp"
    }
  }
}
`)
    const items = at(r!.body, 'ingress')
    expect(items.kind === 'list' && items.items).toHaveLength(1)
    expect(at(r!.body, 'ingress.0.from_port')).toEqual({
      kind: 'unknown',
      expr: 'ingress.value.port',
      span: span(6, 19, 6, 36)
    })
    expect(at(r!.body, 'ingress.0.protocol')).toMatchObject({ kind: 'string', value: 'tcp' })
  })

  test('the refs of an unknown for_each carry over to the values that use the iterator', () => {
    const [r] = parseMain(`resource "t" "r" {
  dynamic "rule" {
    for_each = aws_s3_bucket.b.rules
    content {
      id = rule.value.id
    }
  }
}
`)
    expect(at(r!.body, 'rule.0.id')).toMatchObject({ kind: 'unknown', refs: ['aws_s3_bucket.b'] })
  })

  test('nested dynamic blocks see the outer iterator', () => {
    const [r] = parseMain(`resource "t" "r" {
  dynamic "outer" {
    for_each = { x = [1, 2] }
    content {
      name = outer.key
      dynamic "inner" {
        for_each = outer.value
        content {
          n = inner.value * 10
          of = outer.key
        }
      }
    }
  }
}
`)
    expect(toPlain(r!.body)).toEqual({
      outer: [
        {
          name: 'x',
          inner: [
            { n: 10, of: 'x' },
            { n: 20, of: 'x' }
          ]
        }
      ]
    })
  })

  test('an empty collection gives no block', () => {
    const [r] = parseMain(`resource "t" "r" {
  dynamic "ingress" {
    for_each = []
    content {
      a = 1
    }
  }
}
`)
    expect(r!.body.entries.has('ingress')).toBe(false)
  })

  test('a dynamic block without content is an error; the resource stays', () => {
    const out = parseUnit({
      'main.tf': 'resource "t" "r" {\n  a = 1\n  dynamic "x" {\n    for_each = [1]\n  }\n}\n'
    })
    expect(out.errors).toEqual([
      {
        file: 'main.tf',
        line: 3,
        message:
          "expected a 'dynamic' block to have one label, a 'for_each' attribute and a 'content' block, found no 'content' block"
      }
    ])
    expect(toPlain(resource(out.resources, 't.r').body)).toEqual({ a: 1 })
  })
})
