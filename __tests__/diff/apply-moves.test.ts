import { describe, expect, test } from '@jest/globals'
import { applyMoves } from '../../src/diff/apply-moves.js'
import type { Move } from '../../src/formats/format.js'
import { resource } from '../helpers/values.js'

function move(from: string, to: string): Move {
  return { from: `.//${from}`, to: `.//${to}`, file: 'main.tf', line: 1 }
}

function keys(moves: Move[], ...addresses: string[]): string[] {
  const base = addresses.map(address => {
    const [type, name] = address.split(/\.(?=[^.]+$)/) as [string, string]
    return { ...resource(type, name, {}), address, key: `.//${address}` }
  })
  return applyMoves(base, moves).map(r => r.key)
}

describe('applyMoves', () => {
  test('gives a moved base resource the key it has in head, keeping its address', () => {
    const base = [resource('aws_s3_bucket', 'a', {}), resource('aws_s3_bucket', 'c', {})]
    const moved = applyMoves(base, [move('aws_s3_bucket.a', 'aws_s3_bucket.b')])
    expect(moved.map(r => [r.address, r.key])).toEqual([
      ['aws_s3_bucket.a', './/aws_s3_bucket.b'],
      ['aws_s3_bucket.c', './/aws_s3_bucket.c']
    ])
    expect(base[0]?.key).toBe('.//aws_s3_bucket.a')
  })

  test('a module move takes everything inside the module, instances included', () => {
    expect(
      keys(
        [move('module.old', 'module.new')],
        'module.old.aws_s3_bucket.x',
        'module.old[0].aws_s3_bucket.x',
        'module.older.aws_s3_bucket.x'
      )
    ).toEqual([
      './/module.new.aws_s3_bucket.x',
      './/module.new[0].aws_s3_bucket.x',
      './/module.older.aws_s3_bucket.x'
    ])
  })

  test('moves chain, and the most specific one wins', () => {
    expect(keys([move('t.a', 't.b'), move('t.b', 't.c')], 't.a')).toEqual(['.//t.c'])
    expect(
      keys(
        [move('module.m', 'module.n'), move('module.m.t.a', 'module.n.t.z')],
        'module.m.t.a',
        'module.m.t.b'
      )
    ).toEqual(['.//module.n.t.z', './/module.n.t.b'])
  })

  test('a move onto a key base already holds, or a loop of moves, is not applied', () => {
    expect(keys([move('t.a', 't.b')], 't.a', 't.b')).toEqual(['.//t.a', './/t.b'])
    expect(keys([move('t.a', 't.b'), move('t.b', 't.a')], 't.a')).toEqual(['.//t.a'])
  })
})
