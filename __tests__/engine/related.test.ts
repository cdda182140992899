import { describe, expect, test } from '@jest/globals'
import { resource, run, unknown } from './build.js'

const blocked = {
  all: ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'].map(
    flag => ({
      attr: flag,
      equals: true,
      default: false
    })
  )
}
const selector = {
  types: ['aws_s3_bucket'],
  assert: { related: { type: 'aws_s3_bucket_public_access_block', via: 'bucket', where: blocked } }
}
const allFlags = {
  block_public_acls: true,
  block_public_policy: true,
  ignore_public_acls: true,
  restrict_public_buckets: true
}

function bucket(name: string, body: Record<string, unknown> = {}, line = 1) {
  return resource(`aws_s3_bucket.${name}`, body, { line })
}
function block(
  name: string,
  body: Record<string, unknown>,
  options: { line?: number; file?: string; unit?: string } = {}
) {
  return resource(`aws_s3_bucket_public_access_block.${name}`, body, { line: 20, ...options })
}

describe('related', () => {
  test('a resource referring to this one and satisfying where makes it true', () => {
    const b = bucket('data')
    const pab = block('data', {
      bucket: unknown('aws_s3_bucket.data.id', ['aws_s3_bucket.data']),
      ...allFlags
    })
    expect(run(selector, [b, pab]).outcome).toBe('pass')
  })

  test('a literal name equal to this resource’s attribute of the same name links them', () => {
    const b = bucket('data', { bucket: 'acme-data' })
    expect(run(selector, [b, block('data', { bucket: 'acme-data', ...allFlags })]).outcome).toBe('pass')
    expect(run(selector, [b, block('other', { bucket: 'acme-other', ...allFlags })]).outcome).toBe('fail')
  })

  test('no related resource is false, with the block as evidence', () => {
    const b = bucket('data', { bucket: 'acme-data' })
    const outcome = run(selector, [b])
    expect(outcome).toMatchObject({ outcome: 'fail', span: b.span })
    expect(outcome.message).toBe(
      'no aws_s3_bucket_public_access_block refers to `aws_s3_bucket.data` through `bucket`'
    )
  })

  test('a related resource pointing elsewhere does not count', () => {
    const b = bucket('data')
    const pab = block('logs', {
      bucket: unknown('aws_s3_bucket.logs.id', ['aws_s3_bucket.logs']),
      ...allFlags
    })
    expect(run(selector, [b, pab]).outcome).toBe('fail')
  })

  test('a related resource failing where is the evidence when it is in the same file', () => {
    const b = bucket('data')
    const pab = block('data', {
      bucket: unknown('aws_s3_bucket.data.id', ['aws_s3_bucket.data']),
      ...allFlags,
      block_public_policy: false
    })
    const outcome = run(selector, [b, pab])
    const flag = pab.body.entries.get('block_public_policy')
    expect(outcome).toMatchObject({ outcome: 'fail', span: flag?.span })
    expect(outcome.path).toBe('aws_s3_bucket_public_access_block.data.block_public_policy')
    expect(outcome.message).toBe('aws_s3_bucket_public_access_block.data: `block_public_policy` is false')
  })

  test('evidence in another file of the unit is reported on this resource', () => {
    const b = bucket('data')
    const pab = block(
      'data',
      { bucket: unknown('aws_s3_bucket.data.id', ['aws_s3_bucket.data']) },
      { file: 'pab.tf' }
    )
    const outcome = run(selector, [b, pab])
    expect(outcome).toMatchObject({ outcome: 'fail', span: b.span })
    expect(outcome.message).toMatch(
      /^aws_s3_bucket_public_access_block\.data: `block_public_acls` is not set/
    )
  })

  test('only resources of the same unit are related', () => {
    const b = bucket('data')
    const elsewhere = block(
      'data',
      { bucket: unknown('aws_s3_bucket.data.id', ['aws_s3_bucket.data']), ...allFlags },
      { unit: 'modules/other' }
    )
    expect(run(selector, [b, elsewhere]).outcome).toBe('fail')
  })

  test('a candidate whose via cannot be settled makes it unknown', () => {
    const b = bucket('data', { bucket: 'acme-data' })
    const pab = block('data', { bucket: unknown('var.bucket_name'), ...allFlags })
    expect(run(selector, [b, pab])).toMatchObject({ outcome: 'unknown', expr: 'var.bucket_name' })
  })

  test('one satisfying candidate wins over an unsettled one', () => {
    const b = bucket('data', { bucket: 'acme-data' })
    const vague = block('vague', { bucket: unknown('var.bucket_name'), ...allFlags })
    const exact = block('data', { bucket: 'acme-data', ...allFlags }, { line: 30 })
    expect(run(selector, [b, vague, exact]).outcome).toBe('pass')
  })

  test('type may be a list, where may be omitted, and indexed references count', () => {
    const any = {
      types: ['aws_s3_bucket'],
      assert: { related: { type: ['aws_s3_bucket_policy', 'aws_s3_bucket_acl'], via: 'bucket' } }
    }
    const b = bucket('data')
    const acl = resource('aws_s3_bucket_acl.data', {
      bucket: unknown('aws_s3_bucket.data[0].id', ['aws_s3_bucket.data[0]'])
    })
    expect(run(any, [b, acl]).outcome).toBe('pass')
    expect(run(any, [b]).outcome).toBe('fail')
  })

  test('related works under not and inside any', () => {
    const policy = resource('aws_s3_bucket_policy.data', {
      bucket: unknown('aws_s3_bucket.data.id', ['aws_s3_bucket.data']),
      policy: { Statement: [{ Effect: 'Allow', Principal: '*' }] }
    })
    const noPublicPolicy = {
      types: ['aws_s3_bucket'],
      assert: {
        not: {
          related: {
            type: 'aws_s3_bucket_policy',
            via: 'bucket',
            where: { some: { attr: 'policy.$json.Statement', where: { attr: 'Principal', equals: '*' } } }
          }
        }
      }
    }
    const b = bucket('data')
    expect(run(noPublicPolicy, [b, policy]).outcome).toBe('fail')
    expect(run(noPublicPolicy, [b]).outcome).toBe('pass')
  })
})
