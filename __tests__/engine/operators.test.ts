import { describe, expect, test } from '@jest/globals'
import { shannonEntropy } from '../../src/engine/operators.js'
import { RuleFileError } from '../../src/engine/index.js'
import { compileOne, ruleDoc, unknown, verdictOf } from './build.js'

const leaf = (op: string, operand: unknown, attr = 'x') => ({ attr, [op]: operand })

describe('equals / not_equals', () => {
  test.each([
    [{ x: 'public-read' }, 'public-read', 'pass'],
    [{ x: 'private' }, 'public-read', 'fail'],
    [{ x: '22' }, 22, 'pass'],
    [{ x: -1 }, '-1', 'pass'],
    [{ x: 'true' }, true, 'pass'],
    [{ x: false }, true, 'fail'],
    [{ x: ['a', 'b'] }, ['a', 'b'], 'pass'],
    [{ x: ['a', 'b'] }, ['b', 'a'], 'fail'],
    [{ x: { k: 'v' } }, { k: 'v' }, 'pass'],
    [{ x: { k: 'v' } }, { k: 'w' }, 'fail'],
    [{ x: unknown('var.x') }, 'a', 'unknown'],
    [{ x: ['a', unknown('var.y')] }, ['a', 'b'], 'unknown']
  ])('%j equals %j → %s', (body, operand, expected) => {
    expect(verdictOf(leaf('equals', operand), body)).toBe(expected)
  })

  test('not_equals flips a settled comparison and keeps unknown', () => {
    expect(verdictOf(leaf('not_equals', 'a'), { x: 'b' })).toBe('pass')
    expect(verdictOf(leaf('not_equals', 'a'), { x: 'a' })).toBe('fail')
    expect(verdictOf(leaf('not_equals', 'a'), { x: unknown('var.x') })).toBe('unknown')
  })
})

describe('in / not_in', () => {
  test('a scalar is in the list or not', () => {
    expect(verdictOf(leaf('in', ['a', 'b']), { x: 'b' })).toBe('pass')
    expect(verdictOf(leaf('in', ['a', 'b']), { x: 'c' })).toBe('fail')
    expect(verdictOf(leaf('in', ['6', 'tcp']), { x: 6 })).toBe('pass')
  })

  test('a list holds when some item is in the operand, so "*" and ["*"] read the same', () => {
    expect(verdictOf(leaf('in', ['*']), { x: '*' })).toBe('pass')
    expect(verdictOf(leaf('in', ['*']), { x: ['s3:GetObject', '*'] })).toBe('pass')
    expect(verdictOf(leaf('in', ['*']), { x: ['s3:GetObject'] })).toBe('fail')
    expect(verdictOf(leaf('not_in', ['*']), { x: ['s3:GetObject'] })).toBe('pass')
    expect(verdictOf(leaf('not_in', ['*']), { x: ['s3:*', '*'] })).toBe('fail')
  })

  test('an unknown item settles only when another item decides', () => {
    expect(verdictOf(leaf('in', ['*']), { x: [unknown('var.a'), '*'] })).toBe('pass')
    expect(verdictOf(leaf('in', ['*']), { x: [unknown('var.a'), 'b'] })).toBe('unknown')
  })
})

describe('matches / not_matches', () => {
  test('tests strings and scalars with the author anchored regex', () => {
    expect(verdictOf(leaf('matches', '^arn:aws:kms:'), { x: 'arn:aws:kms:eu-west-1:1:key/a' })).toBe('pass')
    expect(verdictOf(leaf('matches', '^arn:aws:kms:'), { x: 'alias/aws/s3' })).toBe('fail')
    expect(verdictOf(leaf('matches', '^\\d+$'), { x: 42 })).toBe('pass')
    expect(verdictOf(leaf('not_matches', '^custom-'), { x: 'postgres' })).toBe('pass')
    expect(verdictOf(leaf('not_matches', '^custom-'), { x: 'custom-oracle-ee' })).toBe('fail')
  })

  test('a list matches when some item does; a missing value never matches', () => {
    expect(verdictOf(leaf('matches', '^0\\.0\\.0\\.0/0$'), { x: ['10.0.0.0/8', '0.0.0.0/0'] })).toBe('pass')
    expect(verdictOf(leaf('matches', 'x'), {})).toBe('fail')
    expect(verdictOf(leaf('not_matches', 'x'), {})).toBe('pass')
  })
})

describe('exists', () => {
  test('true holds for a set value, false for a missing or null one', () => {
    expect(verdictOf(leaf('exists', true), { x: 'a' })).toBe('pass')
    expect(verdictOf(leaf('exists', true), {})).toBe('fail')
    expect(verdictOf(leaf('exists', false), {})).toBe('pass')
    expect(verdictOf(leaf('exists', false), { x: null })).toBe('pass')
    expect(verdictOf(leaf('exists', false), { x: 0 })).toBe('fail')
  })

  test('an unknown value makes even exists unknown', () => {
    expect(verdictOf(leaf('exists', true), { x: unknown('var.x') })).toBe('unknown')
  })
})

describe('gt / gte / lt / lte', () => {
  test.each([
    ['gt', 7, 8, 'pass'],
    ['gt', 7, 7, 'fail'],
    ['gte', 7, 7, 'pass'],
    ['gte', 7, 6, 'fail'],
    ['lt', 7, 6, 'pass'],
    ['lt', 7, 7, 'fail'],
    ['lte', 7, 7, 'pass'],
    ['lte', 7, 8, 'fail'],
    ['gte', 7, '14', 'pass'],
    ['gte', 7, 'seven', 'fail']
  ])('%s %d on %j → %s', (op, operand, value, expected) => {
    expect(verdictOf(leaf(op, operand), { x: value })).toBe(expected)
  })

  test('a missing number does not compare', () => {
    expect(verdictOf(leaf('lt', 7), {})).toBe('fail')
    expect(verdictOf(leaf('gte', 7), {})).toBe('fail')
  })
})

describe('contains / contains_any / not_contains', () => {
  test('a list contains an item, a string a substring, a map a key', () => {
    expect(verdictOf(leaf('contains', '0.0.0.0/0'), { x: ['10.0.0.0/8', '0.0.0.0/0'] })).toBe('pass')
    expect(verdictOf(leaf('contains', '0.0.0.0/0'), { x: ['10.0.0.0/8'] })).toBe('fail')
    expect(verdictOf(leaf('contains', 'kms'), { x: 'aws:kms:dsse' })).toBe('pass')
    expect(verdictOf(leaf('contains', 'Bool'), { x: { Bool: { a: 'b' } } })).toBe('pass')
    expect(verdictOf(leaf('contains', 22), { x: 22 })).toBe('pass')
    expect(verdictOf(leaf('contains', 'a'), {})).toBe('fail')
  })

  test('contains_any holds when one of the operands is contained', () => {
    expect(verdictOf(leaf('contains_any', ['0.0.0.0/0', '::/0']), { x: ['::/0'] })).toBe('pass')
    expect(verdictOf(leaf('contains_any', ['0.0.0.0/0', '::/0']), { x: ['10.0.0.0/8'] })).toBe('fail')
    expect(verdictOf(leaf('contains_any', ['read', 'write']), { x: 'public-read-write' })).toBe('pass')
    expect(verdictOf(leaf('contains_any', ['0.0.0.0/0']), { x: [unknown('var.cidr')] })).toBe('unknown')
  })

  test('not_contains is the negation', () => {
    expect(verdictOf(leaf('not_contains', '*'), { x: ['s3:GetObject'] })).toBe('pass')
    expect(verdictOf(leaf('not_contains', '*'), { x: ['*'] })).toBe('fail')
    expect(verdictOf(leaf('not_contains', '*'), {})).toBe('pass')
  })
})

describe('matches_ignore_case', () => {
  test('matches like `matches`, whatever the case of the value', () => {
    expect(verdictOf(leaf('matches_ignore_case', 'password$'), { x: 'DB_PASSWORD' })).toBe('pass')
    expect(verdictOf(leaf('matches_ignore_case', 'password$'), { x: 'dbPassword' })).toBe('pass')
    expect(verdictOf(leaf('matches_ignore_case', 'password$'), { x: 'password_min_length' })).toBe('fail')
    expect(verdictOf(leaf('matches_ignore_case', '^false$'), { x: false })).toBe('pass')
    expect(verdictOf(leaf('matches_ignore_case', '^a$'), { x: ['b', 'A'] })).toBe('pass')
    expect(verdictOf(leaf('matches_ignore_case', 'x'), {})).toBe('fail')
    expect(verdictOf(leaf('matches_ignore_case', 'x'), { x: unknown('var.x') })).toBe('unknown')
  })

  test('an invalid regular expression is a rule error when the rule loads', () => {
    const load = () => compileOne(ruleDoc({ assert: leaf('matches_ignore_case', '(') }))
    expect(load).toThrow(RuleFileError)
    expect(load).toThrow(/assert\.matches_ignore_case: invalid regular expression/)
  })
})

describe('entropy_gte', () => {
  test('Shannon entropy in bits per character', () => {
    expect(shannonEntropy('')).toBe(0)
    expect(shannonEntropy('aaaa')).toBe(0)
    expect(shannonEntropy('abab')).toBe(1)
    expect(shannonEntropy('abcd')).toBe(2)
    expect(shannonEntropy('0123456789abcdef')).toBe(4)
  })

  test('random-looking strings reach the threshold; words, repeats and hex do not', () => {
    const token = 'q8Zr2Lx9Vt4Nw7Kp1Bm6Hc3Jd5Fg0Ys'
    expect(verdictOf(leaf('entropy_gte', 4.5), { x: token })).toBe('pass')
    expect(verdictOf(leaf('entropy_gte', 4.5), { x: 'correct-horse-battery-staple' })).toBe('fail')
    expect(verdictOf(leaf('entropy_gte', 4.5), { x: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' })).toBe('fail')
    expect(verdictOf(leaf('entropy_gte', 4.5), { x: '3f9a1c7e5b2d8046af13c9e7d5b1f08a' })).toBe('fail')
    expect(verdictOf(leaf('entropy_gte', 3.5), { x: '3f9a1c7e5b2d8046af13c9e7d5b1f08a' })).toBe('pass')
  })

  test('only strings hold; a list holds when some item does; unknown stays unknown', () => {
    expect(verdictOf(leaf('entropy_gte', 1), { x: 123456789 })).toBe('fail')
    expect(verdictOf(leaf('entropy_gte', 1), {})).toBe('fail')
    expect(verdictOf(leaf('entropy_gte', 1), { x: ['aaaa', 'abab'] })).toBe('pass')
    expect(verdictOf(leaf('entropy_gte', 1), { x: unknown('var.x') })).toBe('unknown')
  })

  test('the operand is a number, checked by the schema', () => {
    expect(() => compileOne(ruleDoc({ assert: leaf('entropy_gte', 'high') }))).toThrow(RuleFileError)
    expect(() => compileOne(ruleDoc({ assert: leaf('entropy_gte', -1) }))).toThrow(RuleFileError)
  })
})
