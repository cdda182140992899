import { describe, expect, test } from '@jest/globals'
import type { MapValue, Value } from '../../../src/model.js'
import { YamlError, parseYaml } from '../../../src/formats/yaml/index.js'
import { toPlain } from '../../../src/values.js'

function only(text: string, options = {}): Value {
  const docs = parseYaml(text, options)
  expect(docs).toHaveLength(1)
  return docs[0]!.value!
}

function entry(value: Value, key: string): Value {
  return (value as MapValue).entries.get(key)!
}

function errorOf(run: () => unknown): YamlError {
  try {
    run()
  } catch (error) {
    if (error instanceof YamlError) return error
    throw error
  }
  throw new Error('expected a YamlError')
}

describe('parseYaml', () => {
  test('reads scalars by the core schema and keeps quoted ones as strings', () => {
    const value = only('a: 1\nb: "1"\nc: true\nd: yes\ne: ~\nf: 0x1f\ng: 1.5\nh: .inf\ni: text\n')
    expect(toPlain(value)).toEqual({
      a: 1,
      b: '1',
      c: true,
      d: 'yes',
      e: null,
      f: 31,
      g: 1.5,
      h: Infinity,
      i: 'text'
    })
  })

  test('reads YAML 1.1 booleans when asked, as Kubernetes does', () => {
    expect(toPlain(only('a: yes\nb: off\nc: "on"\n', { booleans: 'yaml11' }))).toEqual({
      a: true,
      b: false,
      c: 'on'
    })
  })

  test('every value and key has its exact span', () => {
    const value = only('top:\n  name: "web"\n  ports: [80, 443]\n  nested:\n    - x: 1\n')
    const top = entry(value, 'top') as MapValue
    expect(top.span).toEqual({ line: 2, column: 3, endLine: 5, endColumn: 10 })
    expect(entry(top, 'name').span).toEqual({ line: 2, column: 9, endLine: 2, endColumn: 13 })
    expect(top.keySpans?.get('ports')).toEqual({ line: 3, column: 3, endLine: 3, endColumn: 7 })
    expect(entry(top, 'ports').span).toEqual({ line: 3, column: 10, endLine: 3, endColumn: 18 })
    const nested = entry(top, 'nested')
    expect(nested.span).toEqual({ line: 5, column: 5, endLine: 5, endColumn: 10 })
  })

  test('block scalars span their lines and decode', () => {
    const value = only('script: |\n  echo a\n  echo b\nnext: 1\n')
    expect(toPlain(entry(value, 'script'))).toBe('echo a\necho b\n')
    expect(entry(value, 'script').span.line).toBe(1)
    expect(entry(value, 'next').span.line).toBe(4)
  })

  test('reads every document of a stream', () => {
    const docs = parseYaml('a: 1\n---\nb: 2\n---\n')
    expect(docs.map(d => (d.value === undefined ? undefined : toPlain(d.value)))).toEqual([
      { a: 1 },
      { b: 2 },
      null
    ])
    expect(docs[1]!.value!.span.line).toBe(3)
  })

  test('anchors, aliases and merge keys', () => {
    const value = only('base: &b\n  image: nginx\n  user: root\nweb:\n  <<: *b\n  user: app\nalso: *b\n')
    expect(toPlain(entry(value, 'web'))).toEqual({ user: 'app', image: 'nginx' })
    expect(toPlain(entry(value, 'also'))).toEqual({ image: 'nginx', user: 'root' })
    expect(entry(entry(value, 'web'), 'image').span.line).toBe(2)
  })

  test('local tags go to the tag reader with the untagged value', () => {
    const seen: string[] = []
    const value = only('a: !Ref Name\nb: !Sub\n  - x\n  - y\n', {
      tag: (tag: string, inner: Value) => {
        seen.push(`${tag} ${JSON.stringify(toPlain(inner))}`)
        return { kind: 'map', entries: new Map([[tag, inner]]), span: inner.span } as Value
      }
    })
    expect(seen).toEqual(['!Ref "Name"', '!Sub ["x","y"]'])
    expect(toPlain(value)).toEqual({ a: { '!Ref': 'Name' }, b: { '!Sub': ['x', 'y'] } })
  })

  test('standard tags convert or fail clearly', () => {
    expect(toPlain(only('a: !!str 1\nb: !!int "2"\n'))).toEqual({ a: '1', b: 2 })
    expect(errorOf(() => parseYaml('a: 1\nb: !!int abc\n'))).toMatchObject({ line: 2 })
  })

  test('syntax errors carry the line', () => {
    const error = errorOf(() => parseYaml('x: 1\na: b: c\n'))
    expect(error.line).toBe(2)
    expect(error.message).toMatch(/indentation/)
  })

  test('duplicate keys are an error naming the key and both lines', () => {
    const error = errorOf(() => parseYaml('a: 1\nb: 2\na: 3\n'))
    expect(error.message).toBe("duplicate key 'a' (first at line 1)")
    expect(error.line).toBe(3)
  })

  test('unknown aliases are an error', () => {
    expect(errorOf(() => parseYaml('a: *nope\n')).message).toBe("unknown alias '*nope'")
  })

  test('an alias bomb stops at the node bound instead of expanding', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 12; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`
      )
    const error = errorOf(() => parseYaml(lines.join('\n')))
    expect(error.message).toMatch(/expand to more than 1000000 nodes/)
  })

  test('a large document written out in full is not mistaken for an alias bomb', () => {
    const value = only(`items: [${Array(1_100_000).fill('0').join(',')}]\n`)
    expect((entry(value, 'items') as { items: Value[] }).items).toHaveLength(1_100_000)
  })

  test('aliases are bounded in number', () => {
    const text = 'a: &a 1\nb: [' + Array(20).fill('*a').join(', ') + ']\n'
    expect(errorOf(() => parseYaml(text, { maxAliases: 10 })).message).toMatch(/more than 10 aliases/)
  })

  test('deep nesting is an error, not a stack overflow', () => {
    expect(errorOf(() => parseYaml('['.repeat(10_000) + ']'.repeat(10_000))).message).toMatch(/maxDepth/)
  })

  test('a flow collection ends at its bracket', () => {
    const value = only('a: { b: 1, c: [ 2 ] }  # note\n')
    expect(entry(value, 'a').span).toEqual({ line: 1, column: 4, endLine: 1, endColumn: 21 })
    expect(entry(entry(value, 'a'), 'c').span).toEqual({ line: 1, column: 15, endLine: 1, endColumn: 19 })
  })

  test('CRLF line endings keep lines right', () => {
    const value = only('a: 1\r\nb:\r\n  c: 2\r\n')
    expect(entry(entry(value, 'b'), 'c').span.line).toBe(3)
  })
})
