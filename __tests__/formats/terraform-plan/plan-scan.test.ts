import { describe, expect, test } from '@jest/globals'
import { applyPlan, KNOWN_AFTER_APPLY, SENSITIVE } from '../../../src/formats/terraform-plan/index.js'
import type { Report } from '../../../src/model.js'
import { at, parseUnit, resource, span } from '../terraform/helpers.js'
import { renderJson } from '../../../src/render/index.js'
import { lineOf, planJson, readPlan, scanAllWithPlan, scanWithPlan } from './helpers.js'

const BASE_TF = `resource "aws_ebs_volume" "updated" {
  encrypted = true
}

resource "aws_ebs_volume" "deleted" {
  encrypted = false
}

resource "aws_ebs_volume" "replaced" {
  availability_zone = "eu-west-1a"
}

resource "aws_ebs_volume" "same" {
  encrypted = false
}
`

const HEAD_TF = `resource "aws_ebs_volume" "created" {
  encrypted  = false
  kms_key_id = aws_kms_key.k.arn
}

resource "aws_ebs_volume" "updated" {
  encrypted = var.encrypted
}

resource "aws_ebs_volume" "replaced" {
  availability_zone = "eu-west-1b"
}

resource "aws_ebs_volume" "same" {
  encrypted = false
}
`

const PLAN = planJson([
  {
    address: 'aws_ebs_volume.created',
    actions: ['create'],
    after: { encrypted: false, size: 10, kms_key_id: null, id: null },
    after_unknown: { kms_key_id: true, id: true }
  },
  {
    address: 'aws_ebs_volume.updated',
    actions: ['update'],
    before: { encrypted: true, size: 10, id: 'vol-1' },
    after: { encrypted: false, size: 10, id: 'vol-1' }
  },
  { address: 'aws_ebs_volume.deleted', actions: ['delete'], before: { encrypted: false, id: 'vol-2' } },
  {
    address: 'aws_ebs_volume.replaced',
    actions: ['delete', 'create'],
    before: { availability_zone: 'eu-west-1a', encrypted: true, id: 'vol-3' },
    after: { availability_zone: 'eu-west-1b', encrypted: true, id: null },
    after_unknown: { id: true }
  },
  {
    address: 'aws_ebs_volume.same',
    actions: ['no-op'],
    before: { encrypted: false, id: 'vol-4' },
    after: { encrypted: false, id: 'vol-4' }
  }
])

function changes(report: Report): unknown[] {
  return report.changes.map(c => [c.address, c.change, c.attributes, c.file, c.line])
}

function findings(report: Report): unknown[] {
  return report.findings.map(f => [f.ruleId, f.status, f.address, f.file, f.line])
}

describe('a plan given with a change scan', () => {
  test('its actions decide the changes; a no-op is none, a replacement is a modification', async () => {
    const report = await scanWithPlan({ 'main.tf': BASE_TF }, { 'main.tf': HEAD_TF }, readPlan(PLAN))
    expect(changes(report)).toEqual([
      ['aws_ebs_volume.created', 'added', [], 'main.tf', 1],
      ['aws_ebs_volume.deleted', 'removed', [], 'main.tf', 5],
      ['aws_ebs_volume.updated', 'modified', ['encrypted'], 'main.tf', 6],
      ['aws_ebs_volume.replaced', 'modified', ['availability_zone', 'id'], 'main.tf', 10]
    ])
  })

  test("its values decide the findings, placed on the .tf lines (head's, or base's for a fixed one)", async () => {
    const report = await scanWithPlan({ 'main.tf': BASE_TF }, { 'main.tf': HEAD_TF }, readPlan(PLAN))
    expect(findings(report).filter(f => (f as string[])[0] === 'ec2-ebs-volume-unencrypted')).toEqual([
      // `encrypted = var.encrypted` in source; the plan says false.
      ['ec2-ebs-volume-unencrypted', 'new', 'aws_ebs_volume.created', 'main.tf', 2],
      ['ec2-ebs-volume-unencrypted', 'new', 'aws_ebs_volume.updated', 'main.tf', 7],
      ['ec2-ebs-volume-unencrypted', 'fixed', 'aws_ebs_volume.deleted', 'main.tf', 6],
      ['ec2-ebs-volume-unencrypted', 'existing', 'aws_ebs_volume.same', 'main.tf', 15]
    ])
  })

  test('a replacement is a change even when no value it shows differs', async () => {
    const plan = readPlan(
      planJson([
        {
          address: 'aws_ebs_volume.same',
          actions: ['create', 'delete'],
          before: { encrypted: true },
          after: { encrypted: true }
        }
      ])
    )
    const tf = 'resource "aws_ebs_volume" "same" {\n  encrypted = true\n}\n'
    const report = await scanWithPlan({ 'main.tf': tf }, { 'main.tf': `${tf}\n` }, plan)
    expect(changes(report)).toEqual([['aws_ebs_volume.same', 'modified', [], 'main.tf', 1]])
  })

  test('the plan covers its directory even when the pull request changes nothing there', async () => {
    const tf = { 'main.tf': HEAD_TF, 'README.md': 'x' }
    const report = await scanWithPlan(tf, { ...tf, 'README.md': 'y' }, readPlan(PLAN))
    expect(changes(report).length).toBe(4)
  })
})

describe('values known only after apply', () => {
  test('are unknown, taking the expression and refs of their source where it has one', () => {
    const parsed = parseUnit({ 'main.tf': HEAD_TF }).resources
    const created = resource(applyPlan(parsed, readPlan(PLAN), 'after', '.'), 'aws_ebs_volume.created')
    expect(at(created.body, 'kms_key_id')).toEqual({
      kind: 'unknown',
      expr: 'aws_kms_key.k.arn',
      refs: ['aws_kms_key.k'],
      span: span(3, 16, 3, 32)
    })
    // Not in source: the block's body.
    expect(at(created.body, 'id')).toEqual({
      kind: 'unknown',
      expr: KNOWN_AFTER_APPLY,
      span: span(1, 37, 4, 1)
    })
    expect(at(created.body, 'size')).toEqual({ kind: 'number', value: 10, span: span(1, 37, 4, 1) })
    expect(at(created.body, 'encrypted')).toEqual({ kind: 'bool', value: false, span: span(2, 16, 2, 20) })
  })

  test('without a source, they are unknown where the plan has them', () => {
    const created = resource(applyPlan([], readPlan(PLAN), 'after', undefined), 'aws_ebs_volume.created')
    expect(created.file).toBe('plan.json')
    expect(created.key).toBe('plan.json//aws_ebs_volume.created')
    expect(at(created.body, 'kms_key_id')).toMatchObject({ kind: 'unknown', expr: KNOWN_AFTER_APPLY })
    expect(at(created.body, 'kms_key_id').span.line).toBe(lineOf(PLAN, '"kms_key_id": null'))
  })
})

describe('sensitive values', () => {
  test('are never echoed: unknown on both sides, whatever the plan holds', async () => {
    const plan = readPlan(
      planJson([
        {
          address: 'aws_db_instance.db',
          actions: ['update'],
          before: { password: 'old-hunter2', storage_encrypted: true, tags: { token: 'tok-123', team: 'a' } },
          after: { password: 'new-hunter2', storage_encrypted: false, tags: { token: 'tok-456', team: 'a' } },
          before_sensitive: { password: true, tags: { token: true } },
          after_sensitive: { password: true, tags: { token: true } }
        }
      ])
    )
    const tf = 'resource "aws_db_instance" "db" {\n  password = var.password\n}\n'
    const report = await scanWithPlan({ 'main.tf': tf }, { 'main.tf': `${tf}\n` }, plan)
    const text = renderJson(report)
    for (const secret of ['hunter2', 'tok-123', 'tok-456']) expect(text).not.toContain(secret)
    expect(changes(report)).toEqual([['aws_db_instance.db', 'modified', ['storage_encrypted'], 'main.tf', 1]])
    const parsed = parseUnit({ 'main.tf': tf }).resources
    const db = resource(applyPlan(parsed, plan, 'after', '.'), 'aws_db_instance.db')
    expect(at(db.body, 'password')).toEqual({ kind: 'unknown', expr: SENSITIVE, span: span(2, 14, 2, 25) })
    expect(at(db.body, 'tags.token')).toMatchObject({ kind: 'unknown', expr: SENSITIVE })
    expect(at(db.body, 'tags.team')).toMatchObject({ kind: 'string', value: 'a' })
  })
})

describe('placing plan resources', () => {
  test('resources of local modules and count instances are placed on their source blocks', async () => {
    const files = {
      'infra/main.tf':
        'module "logs" {\n  source = "../modules/volume"\n}\n\nresource "aws_ebs_volume" "v" {\n  count     = 2\n  encrypted = false\n}\n',
      'modules/volume/main.tf': 'resource "aws_ebs_volume" "this" {\n  encrypted = true\n}\n'
    }
    const plan = readPlan(
      planJson([
        {
          address: 'module.logs.aws_ebs_volume.this',
          actions: ['no-op'],
          before: { encrypted: false },
          after: { encrypted: false }
        },
        {
          address: 'aws_ebs_volume.v[0]',
          actions: ['no-op'],
          before: { encrypted: false },
          after: { encrypted: false }
        },
        {
          address: 'aws_ebs_volume.v[1]',
          actions: ['no-op'],
          before: { encrypted: false },
          after: { encrypted: false }
        }
      ]),
      // Made at the top of the repository, for the configuration in infra/.
      'plan.json'
    )
    const report = await scanAllWithPlan(files, plan)
    expect(findings(report)).toEqual([
      ['ec2-ebs-volume-unencrypted', 'existing', 'aws_ebs_volume.v[0]', 'infra/main.tf', 7],
      ['ec2-ebs-volume-unencrypted', 'existing', 'aws_ebs_volume.v[1]', 'infra/main.tf', 7],
      [
        'ec2-ebs-volume-unencrypted',
        'existing',
        'module.logs.aws_ebs_volume.this',
        'modules/volume/main.tf',
        2
      ]
    ])
  })

  test('a resource the source does not declare (inside a remote module) points at its entry in the plan', async () => {
    const text = planJson([
      {
        address: 'module.s3.aws_ebs_volume.this[0]',
        actions: ['create'],
        after: { encrypted: false }
      }
    ])
    const files = { 'main.tf': 'module "s3" {\n  source = "example/volume/aws"\n}\n' }
    const report = await scanWithPlan({}, files, readPlan(text, 'plans/plan.json'))
    expect(changes(report)).toEqual([
      ['module.s3', 'added', [], 'main.tf', 1],
      ['module.s3.aws_ebs_volume.this[0]', 'added', [], 'plans/plan.json', 4]
    ])
    expect(findings(report)).toEqual([
      [
        'ec2-ebs-volume-unencrypted',
        'new',
        'module.s3.aws_ebs_volume.this[0]',
        'plans/plan.json',
        lineOf(text, '"encrypted": false')
      ]
    ])
  })

  test('with no source at all, every plan resource points at the plan file', async () => {
    const text = planJson([
      {
        address: 'aws_ebs_volume.v',
        actions: ['update'],
        before: { encrypted: true },
        after: { encrypted: false }
      }
    ])
    const report = await scanAllWithPlan({}, readPlan(text, '/tmp/elsewhere/plan.json'))
    expect(findings(report)).toEqual([
      [
        'ec2-ebs-volume-unencrypted',
        'existing',
        'aws_ebs_volume.v',
        '/tmp/elsewhere/plan.json',
        lineOf(text, '"encrypted": false')
      ]
    ])
  })

  test("data sources are read, not changed; the source's other directories are evaluated as usual", async () => {
    const plan = readPlan(
      planJson([
        {
          address: 'data.aws_caller_identity.me',
          actions: ['read'],
          after: { account_id: null },
          after_unknown: { account_id: true }
        }
      ]),
      'live/plan.json'
    )
    const head = {
      'live/main.tf': 'data "aws_caller_identity" "me" {}\n',
      'other/main.tf': 'resource "aws_ebs_volume" "o" {\n  encrypted = false\n}\n'
    }
    const report = await scanWithPlan({ 'live/main.tf': head['live/main.tf'] }, head, plan)
    expect(changes(report)).toEqual([['aws_ebs_volume.o', 'added', [], 'other/main.tf', 1]])
  })
})
