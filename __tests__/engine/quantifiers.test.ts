import { describe, expect, test } from '@jest/globals'
import { resource, run, unknown, verdictOf } from './build.js'

const open22 = {
  all: [
    { attr: 'cidr_blocks', contains: '0.0.0.0/0' },
    { attr: 'from_port', lte: 22 },
    { attr: 'to_port', gte: 22 }
  ]
}
const ssh = { from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'] }
const web = { from_port: 443, to_port: 443, cidr_blocks: ['0.0.0.0/0'] }
const internal = { from_port: 22, to_port: 22, cidr_blocks: ['10.0.0.0/8'] }

describe('some / none / every', () => {
  test('some holds when an item matches, none when no item does', () => {
    expect(verdictOf({ some: { attr: 'ingress', where: open22 } }, { ingress: [web, ssh] })).toBe('pass')
    expect(verdictOf({ some: { attr: 'ingress', where: open22 } }, { ingress: [web, internal] })).toBe('fail')
    expect(verdictOf({ none: { attr: 'ingress', where: open22 } }, { ingress: [web, internal] })).toBe('pass')
    expect(verdictOf({ none: { attr: 'ingress', where: open22 } }, { ingress: [web, ssh] })).toBe('fail')
  })

  test('every fails on the first item that does not match', () => {
    const tcp = { attr: 'protocol', equals: 'tcp' }
    expect(verdictOf({ every: { attr: 'ingress', where: tcp } }, { ingress: [{ protocol: 'tcp' }] })).toBe(
      'pass'
    )
    const mixed = resource('aws_thing.sg', { ingress: [{ protocol: 'tcp' }, { protocol: 'udp' }] })
    const outcome = run({ assert: { every: { attr: 'ingress', where: tcp } } }, [mixed])
    expect(outcome).toMatchObject({
      outcome: 'fail',
      path: 'ingress[1]',
      message: '`ingress[1].protocol` is "udp"'
    })
  })

  test('a missing list has no items: some is false, none and every are true', () => {
    expect(verdictOf({ some: { attr: 'ingress', where: open22 } }, {})).toBe('fail')
    expect(verdictOf({ none: { attr: 'ingress', where: open22 } }, {})).toBe('pass')
    expect(verdictOf({ every: { attr: 'ingress', where: open22 } }, {})).toBe('pass')
  })

  test('the matching item is the evidence of a failing none', () => {
    const sg = resource('aws_thing.sg', { name: 'web', ingress: [web, ssh] })
    const outcome = run({ assert: { none: { attr: 'ingress', where: open22 } } }, [sg])
    const item = sg.body.entries.get('ingress')
    expect(item?.kind).toBe('list')
    const second = item?.kind === 'list' ? item.items[1] : undefined
    expect(outcome).toMatchObject({ outcome: 'fail', path: 'ingress[1]', span: second?.span })
    expect(outcome.message).toBe('`ingress[1].cidr_blocks` is ["0.0.0.0/0"]')
  })

  test('a single map counts as a one-item list, and so does a scalar', () => {
    const allow = { attr: 'Effect', equals: 'Allow' }
    expect(verdictOf({ some: { attr: 'Statement', where: allow } }, { Statement: { Effect: 'Allow' } })).toBe(
      'pass'
    )
    expect(
      verdictOf({ some: { attr: 'Statement', where: allow } }, { Statement: [{ Effect: 'Allow' }] })
    ).toBe('pass')
    expect(verdictOf({ some: { attr: 'Action' } }, { Action: 's3:GetObject' })).toBe('pass')
  })

  test('without where, some asks for a non-empty list', () => {
    expect(verdictOf({ some: { attr: 'rule' } }, { rule: [] })).toBe('fail')
    expect(verdictOf({ some: { attr: 'rule' } }, { rule: [{ a: 1 }] })).toBe('pass')
  })

  test('an unknown item or an unknown list leaves the answer open unless another item decides', () => {
    expect(verdictOf({ none: { attr: 'ingress', where: open22 } }, { ingress: unknown('var.rules') })).toBe(
      'unknown'
    )
    expect(
      verdictOf({ none: { attr: 'ingress', where: open22 } }, { ingress: [web, unknown('var.extra')] })
    ).toBe('unknown')
    expect(
      verdictOf({ none: { attr: 'ingress', where: open22 } }, { ingress: [ssh, unknown('var.extra')] })
    ).toBe('fail')
    const cidr = { ...ssh, cidr_blocks: [unknown('var.cidr')] }
    expect(verdictOf({ none: { attr: 'ingress', where: open22 } }, { ingress: [cidr] })).toBe('unknown')
  })

  test('quantifiers nest, paths inside where being relative to the item', () => {
    const policy = {
      Statement: [
        { Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::1:root'] } },
        { Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::2:root', '*'] } }
      ]
    }
    const star = {
      some: {
        attr: 'Statement',
        where: { some: { attr: 'Principal.AWS', where: { attr: '', equals: '*' } } }
      }
    }
    expect(verdictOf(star, policy)).toBe('pass')
    const outcome = run({ assert: { not: star } }, [resource('aws_thing.p', policy)])
    expect(outcome.path).toBe('Statement[1]')
    expect(outcome.message).toBe('`Statement[1].Principal.AWS[1]` is "*"')
  })
})
