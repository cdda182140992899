import { describe, expect, test } from '@jest/globals'
import { changedAttributes } from '../../src/diff/changed-attributes.js'
import { fingerprint } from '../../src/diff/fingerprint.js'
import { matchResources } from '../../src/diff/match-resources.js'
import { map, resource } from '../helpers/values.js'

describe('matchResources', () => {
  test('classifies added, modified and removed resources by key', () => {
    const base = [resource('aws_s3_bucket', 'a', { acl: 'private' }), resource('aws_s3_bucket', 'gone', {})]
    const head = [
      resource('aws_s3_bucket', 'a', { acl: 'public-read' }),
      resource('aws_s3_bucket', 'new', {})
    ]
    const changes = matchResources(base, head).map(c => [c.change, (c.head ?? c.base)?.address, c.attributes])
    expect(changes).toEqual([
      ['modified', 'aws_s3_bucket.a', ['acl']],
      ['added', 'aws_s3_bucket.new', []],
      ['removed', 'aws_s3_bucket.gone', []]
    ])
  })

  test('a resource moved to other lines or another file of its unit is not a change', () => {
    const base = [resource('aws_kms_key', 'k', { description: 'x' }, 30, 'main.tf')]
    const head = [resource('aws_kms_key', 'k', { description: 'x' }, 2, 'kms.tf')]
    expect(matchResources(base, head)).toEqual([])
  })

  test('the same address with another type is a removal and an addition', () => {
    const base = [resource('aws_s3_bucket', 'x', {})]
    const head = [{ ...resource('aws_s3_bucket', 'x', {}), type: 'aws_s3_bucket_v2' }]
    expect(matchResources(base, head).map(c => c.change)).toEqual(['removed', 'added'])
  })
})

describe('changedAttributes', () => {
  test('names the smallest changed part, through nested blocks', () => {
    const base = map({
      ingress: [{ from_port: 443, cidr_blocks: ['10.0.0.0/8'] }],
      tags: { Team: 'a', Env: 'prod' }
    })
    const head = map({
      ingress: [{ from_port: 443, cidr_blocks: ['0.0.0.0/0'] }],
      tags: { Team: 'b', Env: 'prod' }
    })
    expect(changedAttributes(base, head)).toEqual(['ingress[0].cidr_blocks', 'tags.Team'])
  })

  test('added and removed attributes and lists of other lengths are named whole', () => {
    const base = map({ encrypted: true, ingress: [{ a: 1 }] })
    const head = map({ kms_key_id: 'k', ingress: [{ a: 1 }, { a: 2 }] })
    expect(changedAttributes(base, head).sort()).toEqual(['encrypted', 'ingress', 'kms_key_id'])
  })
})

describe('fingerprint', () => {
  test('depends on rule and resource key, not on lines or files', () => {
    const a = resource('aws_kms_key', 'k', {}, 3, 'main.tf')
    const b = resource('aws_kms_key', 'k', {}, 90, 'kms.tf')
    expect(fingerprint('kms-key-rotation', a)).toBe(fingerprint('kms-key-rotation', b))
    expect(fingerprint('kms-key-rotation', a)).not.toBe(fingerprint('other-rule', a))
    expect(fingerprint('kms-key-rotation', a)).not.toBe(
      fingerprint('kms-key-rotation', { key: 'modules/x//aws_kms_key.k' })
    )
  })
})
