import { describe, expect, test } from '@jest/globals'
import { toPlain } from '../../../src/values.js'
import { MAX_SETTINGS, MAX_VALUE_LENGTH } from '../../../src/formats/appconfig/setting-entry.js'
import { field, find, parse, settings, span, values } from './helpers.js'

describe('YAML settings', () => {
  const text = [
    'spring:', // 1
    '  datasource:', // 2
    '    password: s3cr3t', // 3
    '    pool: { max: 10 }', // 4
    'cors:', // 5
    '  origins:', // 6
    '    - https://a.example.com', // 7
    "    - '*'", // 8
    '  allow-credentials: yes', // 9
    'servers:', // 10
    '  - host: a', // 11
    '    port: 1', // 12
    'key: |', // 13
    '  line one', // 14
    '  line two', // 15
    'empty: {}', // 16
    'nothing:', // 17
    '---', // 18
    'spring.datasource.password: other' // 19
  ].join('\n')
  const resources = settings('application.yml', text)

  test('nested maps flatten to dotted paths, list items to [i]; empty collections hold nothing', () => {
    expect(values(resources)).toEqual([
      ['spring.datasource.password', 's3cr3t'],
      ['spring.datasource.pool.max', 10],
      ['cors.origins[0]', 'https://a.example.com'],
      ['cors.origins[1]', '*'],
      ['cors.allow-credentials', true],
      ['servers[0].host', 'a'],
      ['servers[0].port', 1],
      ['key', 'line one\nline two\n'],
      ['nothing', null],
      ['spring.datasource.password#2', 'other']
    ])
  })

  test('a list item keeps its list name as key and sits beside the list', () => {
    expect(toPlain(find(resources, 'cors.origins[1]').body)).toEqual({
      key: 'origins',
      path: 'cors.origins[1]',
      parent: 'cors',
      value: '*',
      kind: 'yaml'
    })
    expect(toPlain(find(resources, 'servers[0].port').body)).toMatchObject({
      key: 'port',
      parent: 'servers[0]'
    })
    expect(toPlain(find(resources, 'spring.datasource.password#2').body)).toMatchObject({
      key: 'password',
      parent: 'spring.datasource'
    })
  })

  test('spans run from the key to the end of the value', () => {
    expect(find(resources, 'spring.datasource.password').span).toEqual(span(3, 5, 3, 20))
    expect(field(find(resources, 'spring.datasource.password'), 'value').span).toEqual(span(3, 15, 3, 20))
    expect(find(resources, 'cors.origins[1]').span).toEqual(span(8, 7, 8, 9))
    expect(find(resources, 'key').span).toEqual(span(13, 1, 15, 11))
    expect(find(resources, 'spring.datasource.password#2').span.line).toBe(19)
  })

  test('YAML 1.1 booleans are read as the application reads them', () => {
    expect(values(settings('config.yaml', 'a: on\nb: no\nc: "yes"\n'))).toEqual([
      ['a', true],
      ['b', false],
      ['c', 'yes']
    ])
  })

  test('invalid YAML, or a document that is not a map, is an error with its line', () => {
    expect(parse('config.yaml', 'a: 1\nb: [\n').errors).toMatchObject([{ file: 'config.yaml', line: 3 }])
    expect(parse('config.yaml', 'a: 1\n---\n- x\n').errors).toEqual([
      { file: 'config.yaml', line: 3, message: 'expected a map of settings at the top, found a list' }
    ])
    expect(parse('config.yaml', 'a: 1\n---\n- x\n').resources.map(r => r.address)).toEqual(['a'])
  })
})

describe('JSON settings', () => {
  const text = [
    '{', // 1
    '  // comments and trailing commas are allowed', // 2
    '  "ConnectionStrings": {', // 3
    '    "Default": "Server=db;Database=app", /* inline */', // 4
    '  },', // 5
    '  "Logging": { "LogLevel": { "Default": "Warning" } },', // 6
    '  "AllowedHosts": ["a", "b",],', // 7
    '}' // 8
  ].join('\n')
  const resources = settings('appsettings.Production.json', text)

  test('nested objects flatten like YAML, with the same spans', () => {
    expect(values(resources)).toEqual([
      ['ConnectionStrings.Default', 'Server=db;Database=app'],
      ['Logging.LogLevel.Default', 'Warning'],
      ['AllowedHosts[0]', 'a'],
      ['AllowedHosts[1]', 'b']
    ])
    expect(find(resources, 'ConnectionStrings.Default').span).toEqual(span(4, 5, 4, 39))
    expect(toPlain(find(resources, 'ConnectionStrings.Default').body)).toMatchObject({
      kind: 'json',
      profile: 'Production'
    })
  })

  test('invalid JSON is an error with its line, without quoting the text (it may be a secret)', () => {
    expect(parse('settings.json', '{\n  "a": 1\n  "password": "hunter2"\n}').errors).toEqual([
      {
        file: 'settings.json',
        line: 3,
        message: "invalid JSON: expected ',' or '}' in the object, found other text"
      }
    ])
  })
})

describe('limits', () => {
  test(`at most ${MAX_SETTINGS} settings are read; the rest is reported`, () => {
    const lines = Array.from({ length: MAX_SETTINGS + 5 }, (_, i) => `K${i}=v`)
    const out = parse('.env', lines.join('\n'))
    expect(out.resources).toHaveLength(MAX_SETTINGS)
    expect(out.errors).toEqual([
      {
        file: '.env',
        line: MAX_SETTINGS + 1,
        message: 'more than 10,000 settings: the rest of the file, from this line on, was not read'
      }
    ])
  })

  test('a value longer than the limit is cut, with an error', () => {
    const out = parse('.env', `BIG=${'x'.repeat(MAX_VALUE_LENGTH + 10)}\n`)
    expect(out.errors).toEqual([
      {
        file: '.env',
        line: 1,
        message: 'the value of BIG is 65,546 characters long; only the first 65,536 were checked'
      }
    ])
    expect((toPlain(out.resources[0]!.body) as { value: string }).value).toHaveLength(MAX_VALUE_LENGTH)
  })

  test('binary content is an error, not a crash', () => {
    expect(parse('.env', 'A=\u0000').errors).toMatchObject([{ file: '.env', line: 1 }])
  })
})
