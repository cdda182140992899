import { describe, expect, test } from '@jest/globals'
import { terraformParser } from '../../../src/formats/terraform/index.js'
import { toPlain } from '../../../src/values.js'
import { at, parseUnit, resource, span } from './helpers.js'
import { parseTree } from './module-helpers.js'

const BUCKET_MODULE = `variable "name" {}

variable "versioned" {
  default = true
}

resource "aws_s3_bucket" "this" {
  bucket = var.name
  versioning {
    enabled = var.versioned
  }
}

output "id" {
  value = aws_s3_bucket.this.id
}

output "name" {
  value = var.name
}
`

function clean(out: ReturnType<typeof parseTree>): ReturnType<typeof parseTree> {
  if (out.errors.length > 0) throw new Error(`unexpected errors: ${JSON.stringify(out.errors)}`)
  return out
}

describe('local modules', () => {
  test("a module's resources come out under the caller's unit, prefixed, in the module's own file", () => {
    const out = clean(
      parseTree(
        {
          'envs/prod/main.tf':
            'module "logs" {\n  source = "../../modules/bucket"\n  name   = "prod-logs"\n}\n',
          'modules/bucket/main.tf': BUCKET_MODULE
        },
        'envs/prod'
      )
    )
    expect(out.resources.map(r => [r.address, r.key, r.file, r.type])).toEqual([
      [
        'module.logs.aws_s3_bucket.this',
        'envs/prod//module.logs.aws_s3_bucket.this',
        'modules/bucket/main.tf',
        'aws_s3_bucket'
      ]
    ])
    const bucket = resource(out.resources, 'module.logs.aws_s3_bucket.this')
    expect(bucket.span).toEqual(span(7, 1, 12, 1))
    // The caller's value, placed where the module uses it.
    expect(at(bucket.body, 'bucket')).toEqual({
      kind: 'string',
      value: 'prod-logs',
      span: span(8, 12, 8, 19)
    })
    // The module's default where the caller passes nothing.
    expect(at(bucket.body, 'versioning.0.enabled')).toEqual({
      kind: 'bool',
      value: true,
      span: span(10, 15, 10, 27)
    })
  })

  test("a caller's unknown argument stays unknown inside, with its refs; a missing one without default too", () => {
    const out = clean(
      parseTree({
        'main.tf':
          'resource "random_id" "r" {\n  byte_length = 4\n}\nmodule "b" {\n  source    = "./modules/bucket"\n  name      = random_id.r.hex\n  versioned = var.flag\n}\nvariable "flag" {}\n',
        'modules/bucket/main.tf': BUCKET_MODULE
      })
    )
    const bucket = resource(out.resources, 'module.b.aws_s3_bucket.this')
    expect(at(bucket.body, 'bucket')).toMatchObject({
      kind: 'unknown',
      expr: 'var.name',
      refs: ['random_id.r']
    })
    expect(at(bucket.body, 'versioning.0.enabled')).toMatchObject({ kind: 'unknown', expr: 'var.versioned' })
  })

  test('nested modules are prefixed at each level, each path resolved from its own directory', () => {
    const out = clean(
      parseTree({
        'main.tf': 'module "a" {\n  source = "./modules/a"\n  name   = "x"\n}\n',
        'modules/a/main.tf':
          'variable "name" {}\nmodule "b" {\n  source = "../bucket"\n  name   = "${var.name}-inner"\n}\nresource "aws_kms_key" "k" {\n  description = var.name\n}\n',
        'modules/bucket/main.tf': BUCKET_MODULE
      })
    )
    expect(out.resources.map(r => [r.address, r.file])).toEqual([
      ['module.a.module.b.aws_s3_bucket.this', 'modules/bucket/main.tf'],
      ['module.a.aws_kms_key.k', 'modules/a/main.tf']
    ])
    const inner = resource(out.resources, 'module.a.module.b.aws_s3_bucket.this')
    expect(toPlain(at(inner.body, 'bucket'))).toBe('x-inner')
    expect(inner.key).toBe('.//module.a.module.b.aws_s3_bucket.this')
  })

  test('a module called twice gives two sets of resources, each with its own arguments', () => {
    const out = clean(
      parseTree({
        'main.tf':
          'module "a" {\n  source = "./m"\n  name   = "a"\n}\nmodule "b" {\n  source    = "./m"\n  name      = "b"\n  versioned = false\n}\n',
        'm/main.tf': BUCKET_MODULE
      })
    )
    expect(out.resources.map(r => [r.address, toPlain(r.body)])).toEqual([
      ['module.a.aws_s3_bucket.this', { bucket: 'a', versioning: [{ enabled: true }] }],
      ['module.b.aws_s3_bucket.this', { bucket: 'b', versioning: [{ enabled: false }] }]
    ])
  })

  test("outputs: a resource's attribute is unknown with a ref to the module's resource; a known one resolves", () => {
    const out = clean(
      parseTree({
        'main.tf': `module "b" {
  source = "./m"
  name   = "logs"
}

resource "aws_s3_bucket_public_access_block" "p" {
  bucket = module.b.id
  tags   = { Name = module.b.name }
}
`,
        'm/main.tf': BUCKET_MODULE
      })
    )
    const block = resource(out.resources, 'aws_s3_bucket_public_access_block.p')
    expect(at(block.body, 'bucket')).toEqual({
      kind: 'unknown',
      expr: 'module.b.id',
      refs: ['module.b.aws_s3_bucket.this'],
      span: span(7, 12, 7, 22)
    })
    expect(at(block.body, 'tags.Name')).toEqual({ kind: 'string', value: 'logs', span: span(8, 21, 8, 33) })
  })

  test('a reference to a module output that does not exist is unknown with a ref to the call', () => {
    const out = clean(
      parseTree({
        'main.tf':
          'module "b" {\n  source = "./m"\n  name   = "x"\n}\nresource "t" "r" {\n  x = module.b.nothing\n}\n',
        'm/main.tf': BUCKET_MODULE
      })
    )
    expect(at(resource(out.resources, 't.r').body, 'x')).toMatchObject({
      kind: 'unknown',
      refs: ['module.b']
    })
  })

  test('count and for_each: one instance stands for all, its arguments from each/count unknown', () => {
    const out = clean(
      parseTree({
        'main.tf': `module "b" {
  source   = "./m"
  for_each = toset(["a", "b"])
  name     = each.key
}

resource "t" "r" {
  x = module.b["a"].id
}
`,
        'm/main.tf': BUCKET_MODULE
      })
    )
    expect(out.resources.map(r => r.address)).toEqual(['module.b.aws_s3_bucket.this', 't.r'])
    const bucket = resource(out.resources, 'module.b.aws_s3_bucket.this')
    expect(at(bucket.body, 'bucket')).toMatchObject({ kind: 'unknown', expr: 'var.name' })
    expect(at(resource(out.resources, 't.r').body, 'x')).toMatchObject({
      kind: 'unknown',
      refs: ['module.b.aws_s3_bucket.this']
    })
  })

  test("references inside a module name the module's resources by their full address", () => {
    const out = clean(
      parseTree({
        'main.tf': 'module "b" {\n  source = "./m"\n}\n',
        'm/main.tf':
          'resource "aws_s3_bucket" "x" {}\nresource "aws_s3_bucket_versioning" "v" {\n  bucket = aws_s3_bucket.x.id\n}\ndata "aws_iam_policy_document" "p" {}\nresource "aws_s3_bucket_policy" "p" {\n  policy = data.aws_iam_policy_document.p.json\n}\n'
      })
    )
    expect(at(resource(out.resources, 'module.b.aws_s3_bucket_versioning.v').body, 'bucket')).toMatchObject({
      refs: ['module.b.aws_s3_bucket.x']
    })
    expect(at(resource(out.resources, 'module.b.aws_s3_bucket_policy.p').body, 'policy')).toMatchObject({
      refs: ['module.b.data.aws_iam_policy_document.p']
    })
  })

  test("a module's tfvars are not read (Terraform reads none for a called module)", () => {
    const out = clean(
      parseTree({
        'main.tf': 'module "b" {\n  source = "./m"\n  name   = "x"\n}\n',
        'm/main.tf': BUCKET_MODULE,
        'm/terraform.tfvars': 'versioned = false\n'
      })
    )
    expect(toPlain(at(out.resources[0]!.body, 'versioning.0.enabled'))).toBe(true)
  })
})

describe('module calls that are not followed', () => {
  test('a remote module is skipped, saying which and why; its arguments stay a `module` resource', () => {
    const out = parseTree({
      'main.tf':
        'module "s3" {\n  source  = "terraform-aws-modules/s3-bucket/aws"\n  version = "4.1.0"\n  acl     = "public-read"\n}\nmodule "net" {\n  source = "git::https://example.com/net.git?ref=v1"\n}\n'
    })
    expect(out.errors).toEqual([])
    expect(out.skipped).toEqual([
      {
        file: 'main.tf',
        reason: 'module.s3: remote module terraform-aws-modules/s3-bucket/aws (not fetched, not analysed)'
      },
      {
        file: 'main.tf',
        reason:
          'module.net: remote module git::https://example.com/net.git?ref=v1 (not fetched, not analysed)'
      }
    ])
    const s3 = resource(out.resources, 'module.s3')
    expect(s3).toMatchObject({ type: 'module', key: './/module.s3', file: 'main.tf', span: span(1, 1, 5, 1) })
    expect(toPlain(s3.body)).toEqual({
      source: 'terraform-aws-modules/s3-bucket/aws',
      version: '4.1.0',
      acl: 'public-read'
    })
  })

  test('a missing module directory is an error at the call, which stays a `module` resource', () => {
    const out = parseTree({ 'main.tf': 'module "x" {\n  source = "./modules/none"\n  a      = 1\n}\n' })
    expect(out.errors).toEqual([
      {
        file: 'main.tf',
        line: 1,
        message:
          "expected the module directory 'modules/none' of 'module.x' (source \"./modules/none\") to hold .tf files, found none"
      }
    ])
    expect(out.resources.map(r => [r.address, r.type])).toEqual([['module.x', 'module']])
  })

  test('modules that call each other in a loop stop with an error naming the loop', () => {
    const out = parseTree({
      'main.tf': 'module "a" {\n  source = "./a"\n}\n',
      'a/main.tf': 'module "b" {\n  source = "../b"\n}\nresource "t" "in_a" {}\n',
      'b/main.tf': 'module "a" {\n  source = "../a"\n}\n'
    })
    expect(out.errors).toEqual([
      {
        file: 'b/main.tf',
        line: 1,
        message:
          "expected modules not to call themselves, found 'module.a.module.b.module.a' calling 'a' again (. → a → b → a)"
      }
    ])
    expect(out.resources.map(r => r.address)).toEqual(['module.a.module.b.module.a', 'module.a.t.in_a'])
  })

  test('a module calling its own directory is a loop too', () => {
    const out = parseTree({ 'main.tf': 'module "self" {\n  source = "./"\n}\n' })
    expect(out.errors[0]?.message).toBe(
      "expected modules not to call themselves, found 'module.self' calling '.' again (. → .)"
    )
  })

  test('a source above the top of the repository or absolute is an error', () => {
    const out = parseTree({
      'main.tf': 'module "up" {\n  source = "../../x"\n}\nmodule "abs" {\n  source = "/opt/modules/x"\n}\n'
    })
    expect(out.errors.map(e => e.message)).toEqual([
      'expected the source of \'module.up\' to be in the repository, found "../../x", which points above the top of the repository',
      'expected the source of \'module.abs\' to be in the repository, found "/opt/modules/x", which is an absolute path, outside the repository'
    ])
  })

  test('an argument the module declares no variable for is an error; the others still flow in', () => {
    const out = parseTree({
      'main.tf': 'module "b" {\n  source = "./m"\n  name   = "x"\n  colour = "red"\n}\n',
      'm/main.tf': BUCKET_MODULE
    })
    expect(out.errors).toEqual([
      {
        file: 'main.tf',
        line: 4,
        message:
          "expected 'colour' of 'module.b' to be a variable of 'm', found no 'variable \"colour\"' there"
      }
    ])
    expect(toPlain(at(out.resources[0]!.body, 'bucket'))).toBe('x')
  })

  test("a syntax error in a module called twice is reported once, in the module's file", () => {
    const out = parseTree({
      'main.tf': 'module "a" {\n  source = "./m"\n}\nmodule "b" {\n  source = "./m"\n}\n',
      'm/main.tf': 'resource "t" "r" {\n',
      'm/ok.tf': 'resource "t" "fine" {}\n'
    })
    expect(out.errors).toEqual([
      {
        file: 'm/main.tf',
        line: 1,
        message: "expected '}' to close the block opened at line 1, found end of file"
      }
    ])
    expect(out.resources.map(r => r.address)).toEqual(['module.a.t.fine', 'module.b.t.fine'])
  })

  test('without linked units (a direct parse), calls are `module` resources, as before', () => {
    const out = parseUnit({ 'main.tf': 'module "b" {\n  source = "./m"\n  name   = "x"\n}\n' })
    expect(out.errors).toEqual([])
    expect(out.resources.map(r => [r.address, r.type])).toEqual([['module.b', 'module']])
  })
})

describe('dependencies', () => {
  test('names the local module directories the files call, resolved from each file', () => {
    const deps = terraformParser.dependencies?.([
      {
        path: 'envs/prod/main.tf',
        text: 'module "a" {\n  source = "../../modules/a"\n}\nmodule "r" {\n  source = "hashicorp/consul/aws"\n}\n'
      },
      { path: 'modules/a/main.tf', text: 'module "b" {\n  source = "./b"\n}\n' },
      { path: 'x/broken.tf', text: 'module "c" {\n' },
      { path: 'x/terraform.tfvars', text: 'module = 1\n' }
    ])
    expect(deps).toEqual(['modules/a', 'modules/a/b'])
  })
})

function movesOf(repo: Record<string, string>, unit = '.'): unknown {
  return parseTree(repo, unit).moved?.map(m => [m.from, m.to, m.file, m.line])
}

describe('moved blocks', () => {
  test('become moves between keys of the unit; instance keys dropped, moves to the same address left out', () => {
    expect(
      movesOf(
        {
          'infra/moves.tf':
            'moved {\n  from = aws_s3_bucket.a\n  to   = aws_s3_bucket.b\n}\nmoved {\n  from = module.old\n  to   = module.new\n}\nmoved {\n  from = aws_s3_bucket.c[0]\n  to   = aws_s3_bucket.c["x"]\n}\nmoved {\n  from = module.a.aws_s3_bucket.x\n  to   = module.b.aws_s3_bucket.x\n}\n'
        },
        'infra'
      )
    ).toEqual([
      ['infra//aws_s3_bucket.a', 'infra//aws_s3_bucket.b', 'infra/moves.tf', 1],
      ['infra//module.old', 'infra//module.new', 'infra/moves.tf', 5],
      ['infra//module.a.aws_s3_bucket.x', 'infra//module.b.aws_s3_bucket.x', 'infra/moves.tf', 13]
    ])
  })

  test('inside a followed module, moves are prefixed with the instance address', () => {
    expect(
      movesOf({
        'main.tf': 'module "m" {\n  source = "./m"\n}\n',
        'm/main.tf': 'moved {\n  from = aws_s3_bucket.a\n  to   = aws_s3_bucket.b\n}\n'
      })
    ).toEqual([['.//module.m.aws_s3_bucket.a', './/module.m.aws_s3_bucket.b', 'm/main.tf', 1]])
  })

  test('a moved block without a proper address is an error', () => {
    const out = parseTree({ 'main.tf': 'moved {\n  from = "aws_s3_bucket.a"\n  to   = aws_s3_bucket.b\n}\n' })
    expect(out.errors).toEqual([
      {
        file: 'main.tf',
        line: 2,
        message:
          "expected 'moved' to have 'from' set to a resource or module address (aws_s3_bucket.a, module.a), found 'from' set to something else"
      }
    ])
    expect(out.moved).toBeUndefined()
  })
})
