import { describe, expect, test } from '@jest/globals'
import { toPlain } from '../../../src/values.js'
import { at, parseMain, parseUnit, resource, span } from './helpers.js'

const BUCKET = `resource "aws_s3_bucket" "logs" {
  bucket = "my-logs"
  tags = {
    Env = "prod"
  }
  versioning {
    enabled = true
  }
}
`

describe('resources', () => {
  test('a resource block becomes a resource with type, address, key, file and spans', () => {
    const out = parseUnit({ 'infra/s3/main.tf': BUCKET }, 'infra/s3')
    expect(out.errors).toEqual([])
    const [r] = out.resources
    expect(r).toMatchObject({
      file: 'infra/s3/main.tf',
      format: 'terraform',
      type: 'aws_s3_bucket',
      address: 'aws_s3_bucket.logs',
      key: 'infra/s3//aws_s3_bucket.logs',
      span: span(1, 1, 9, 1)
    })
    expect(r?.body.span).toEqual(span(1, 33, 9, 1))
  })

  test('the key of a top-level resource starts with "."', () => {
    const [r] = parseMain(BUCKET)
    expect(r?.key).toBe('.//aws_s3_bucket.logs')
  })

  test('attributes, maps and nested blocks carry exact spans', () => {
    const body = resource(parseMain(BUCKET), 'aws_s3_bucket.logs').body
    expect(body.keySpans?.get('bucket')).toEqual(span(2, 3, 2, 8))
    expect(at(body, 'bucket')).toEqual({ kind: 'string', value: 'my-logs', span: span(2, 12, 2, 20) })
    expect(at(body, 'tags').span).toEqual(span(3, 10, 5, 3))
    const tags = at(body, 'tags')
    expect(tags.kind === 'map' && tags.keySpans?.get('Env')).toEqual(span(4, 5, 4, 7))
    expect(at(body, 'tags.Env').span).toEqual(span(4, 11, 4, 16))
    expect(body.keySpans?.get('versioning')).toEqual(span(6, 3, 6, 12))
    expect(at(body, 'versioning').span).toEqual(span(6, 3, 8, 3))
    expect(at(body, 'versioning.0').span).toEqual(span(6, 3, 8, 3))
    expect(at(body, 'versioning.0.enabled')).toEqual({ kind: 'bool', value: true, span: span(7, 15, 7, 18) })
  })

  test('data sources and modules are resources; other blocks are not', () => {
    const resources = parseMain(`
terraform {
  required_version = ">= 1.5"
}
provider "aws" {
  region = "eu-west-1"
}
variable "x" {}
locals {
  y = 1
}
output "o" {
  value = 1
}
moved {
  from = aws_s3_bucket.a
  to   = aws_s3_bucket.b
}
import {
  to = aws_s3_bucket.b
  id = "b"
}
data "aws_iam_policy_document" "p" {
  statement {
    actions = ["s3:GetObject"]
  }
}
module "vpc" {
  source = "./vpc"
  cidr   = "10.0.0.0/16"
}
`)
    expect(resources.map(r => [r.type, r.address, r.key])).toEqual([
      ['data.aws_iam_policy_document', 'data.aws_iam_policy_document.p', './/data.aws_iam_policy_document.p'],
      ['module', 'module.vpc', './/module.vpc']
    ])
    expect(toPlain(resource(resources, 'module.vpc').body)).toEqual({ source: './vpc', cidr: '10.0.0.0/16' })
    expect(toPlain(resource(resources, 'data.aws_iam_policy_document.p').body)).toEqual({
      statement: [{ actions: ['s3:GetObject'] }]
    })
  })

  test('nested blocks of one type form one list in source order, even with one block', () => {
    const [sg] = parseMain(`resource "aws_security_group" "web" {
  ingress {
    from_port = 80
  }
  egress {
    from_port = 0
  }
  ingress {
    from_port = 443
  }
}
`)
    expect(toPlain(sg!.body)).toEqual({
      ingress: [{ from_port: 80 }, { from_port: 443 }],
      egress: [{ from_port: 0 }]
    })
    expect(at(sg!.body, 'ingress').span).toEqual(span(2, 3, 10, 3))
    expect(at(sg!.body, 'egress').kind).toBe('list')
  })

  test('deeply nested blocks keep their structure', () => {
    const [r] = parseMain(`resource "aws_s3_bucket_server_side_encryption_configuration" "e" {
  bucket = "b"
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
    bucket_key_enabled = true
  }
}
`)
    expect(toPlain(r!.body)).toEqual({
      bucket: 'b',
      rule: [
        { apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms' }], bucket_key_enabled: true }
      ]
    })
    expect(at(r!.body, 'rule.0.apply_server_side_encryption_by_default.0.sse_algorithm').span).toEqual(
      span(5, 23, 5, 31)
    )
  })

  test('a labelled nested block keeps its label as __label', () => {
    const [r] = parseMain(`resource "null_resource" "n" {
  provisioner "local-exec" {
    command = "echo hi"
  }
}
`)
    expect(toPlain(r!.body)).toEqual({ provisioner: [{ __label: 'local-exec', command: 'echo hi' }] })
    expect(at(r!.body, 'provisioner.0.__label').span).toEqual(span(2, 15, 2, 26))
  })

  test('one-line blocks and unquoted labels', () => {
    const resources = parseMain(`resource aws_sqs_queue q { name = "jobs" }
resource "aws_sqs_queue" "r" {}
resource "aws_s3_bucket" "b" { versioning { enabled = true } }
`)
    expect(resources.map(r => r.address)).toEqual(['aws_sqs_queue.q', 'aws_sqs_queue.r', 'aws_s3_bucket.b'])
    expect(toPlain(resources[0]!.body)).toEqual({ name: 'jobs' })
    expect(resources[0]!.span).toEqual(span(1, 1, 1, 42))
    expect(resources[1]!.body.entries.size).toBe(0)
    expect(toPlain(resources[2]!.body)).toEqual({ versioning: [{ enabled: true }] })
  })

  test('resources of several files in one unit, in path order, each with its file', () => {
    const out = parseUnit({
      'b.tf': 'resource "t" "second" {}\n',
      'a.tf': 'resource "t" "first" {}\n'
    })
    expect(out.resources.map(r => [r.file, r.address])).toEqual([
      ['a.tf', 't.first'],
      ['b.tf', 't.second']
    ])
  })

  test('a duplicate address in a unit is an error naming the first definition', () => {
    const out = parseUnit({ 'a.tf': 'resource "t" "x" {}\n', 'b.tf': '\n\nresource "t" "x" {}\n' })
    expect(out.resources).toHaveLength(1)
    expect(out.errors).toEqual([
      {
        file: 'b.tf',
        line: 3,
        message: "expected 't.x' to be defined once in '.', found it again (first at a.tf:1)"
      }
    ])
  })

  test('a resource block without two labels is an error, other resources still come', () => {
    const out = parseUnit({ 'main.tf': 'resource "t" {}\nresource "t" "ok" {}\n' })
    expect(out.resources.map(r => r.address)).toEqual(['t.ok'])
    expect(out.errors).toEqual([
      { file: 'main.tf', line: 1, message: "expected 2 labels (a type and a name) after 'resource', found 1" }
    ])
  })

  test('tfvars and override files contribute no resources', () => {
    const out = parseUnit({
      'main.tf': 'resource "t" "a" {}\n',
      'override.tf': 'resource "t" "a" { x = 1 }\n',
      'terraform.tfvars': 'x = 1\n'
    })
    expect(out.errors).toEqual([])
    expect(out.resources.map(r => [r.file, r.address])).toEqual([['main.tf', 't.a']])
  })
})
