import { describe, expect, test } from '@jest/globals'
import { toPlain } from '../../../src/values.js'
import { field, find, parse, settings, span, values } from './helpers.js'

describe('dotenv', () => {
  const text = [
    '# database', // 1
    'DB_HOST=db.internal', // 2
    'export DB_USER = app', // 3
    "DB_PASSWORD='it s' # single quotes keep spaces", // 4
    'DB_NAME="orders" # inline comment', // 5
    'URL=https://example.com/#fragment # comment', // 6
    'EMPTY=', // 7
    'MULTI="line one', // 8
    'line two"', // 9
    'ESCAPED="a\\nb\\t\\"c\\""', // 10
    'REF=${DB_PASSWORD}', // 11
    'RAW=`back tick`', // 12
    '  INDENTED=yes' // 13
  ].join('\n')
  const resources = settings('.env.production', text)

  test('one setting per line, quotes removed, comments dropped, references kept as written', () => {
    expect(values(resources)).toEqual([
      ['DB_HOST', 'db.internal'],
      ['DB_USER', 'app'],
      ['DB_PASSWORD', 'it s'],
      ['DB_NAME', 'orders'],
      ['URL', 'https://example.com/#fragment'],
      ['EMPTY', ''],
      ['MULTI', 'line one\nline two'],
      ['ESCAPED', 'a\nb\t"c"'],
      ['REF', '${DB_PASSWORD}'],
      ['RAW', 'back tick'],
      ['INDENTED', 'yes']
    ])
  })

  test('each setting is a resource keyed by its file and name, with the body Demarc documents', () => {
    const host = find(resources, 'DB_HOST')
    expect(host).toMatchObject({
      file: '.env.production',
      format: 'appconfig',
      type: 'setting',
      address: 'DB_HOST',
      key: '.env.production//DB_HOST'
    })
    expect(toPlain(host.body)).toEqual({
      key: 'DB_HOST',
      path: 'DB_HOST',
      parent: '',
      value: 'db.internal',
      kind: 'dotenv',
      profile: 'production'
    })
  })

  test('spans: the setting from its name to the end of its value, the value on its own', () => {
    expect(find(resources, 'DB_HOST').span).toEqual(span(2, 1, 2, 19))
    expect(field(find(resources, 'DB_HOST'), 'value').span).toEqual(span(2, 9, 2, 19))
    expect(find(resources, 'DB_USER').span).toEqual(span(3, 8, 3, 20))
    expect(field(find(resources, 'DB_NAME'), 'value').span).toEqual(span(5, 9, 5, 16))
    expect(find(resources, 'MULTI').span).toEqual(span(8, 1, 9, 9))
    expect(find(resources, 'EMPTY').span).toEqual(span(7, 1, 7, 6))
    expect(find(resources, 'INDENTED').span).toEqual(span(13, 3, 13, 14))
  })

  test('CRLF line endings give the same settings and spans', () => {
    const crlf = settings('.env.production', text.replace(/\n/g, '\r\n'))
    expect(values(crlf)).toEqual(values(resources))
    expect(crlf.map(r => r.span)).toEqual(resources.map(r => r.span))
  })

  test('a key defined twice keeps both, the second as KEY#2', () => {
    expect(settings('.env', 'A=1\nA=2\n').map(r => r.address)).toEqual(['A', 'A#2'])
  })
})

describe('malformed dotenv', () => {
  test('a line that is not KEY=value is an error with its line, not quoted back', () => {
    const out = parse('.env', 'A=1\nghp_notakeyvalueline\n1BAD=x\nB=2\n')
    expect(out.errors).toEqual([
      { file: '.env', line: 2, message: "expected KEY=value, found a line without '='; it was skipped" },
      {
        file: '.env',
        line: 3,
        message: "expected KEY=value, found a name before '=' that is not letters, digits, '_', '.' or '-'"
      }
    ])
    expect(out.resources.map(r => r.address)).toEqual(['A', 'B'])
  })

  test('an unclosed quote is an error, and the value is read as one line', () => {
    const out = parse('.env', 'A="open\nB=2\n')
    expect(out.errors).toEqual([
      {
        file: '.env',
        line: 1,
        message: 'the value of A opens a double quote that is never closed; it is read as one unquoted line'
      }
    ])
    expect(values(out.resources)).toEqual([
      ['A', '"open'],
      ['B', '2']
    ])
  })

  test('text after a closing quote is an error; the quoted value is kept', () => {
    const out = parse('.env', 'A="x" y\n')
    expect(out.errors).toEqual([
      {
        file: '.env',
        line: 1,
        message: 'expected the end of the line or a # comment after the closing quote of A'
      }
    ])
    expect(values(out.resources)).toEqual([['A', 'x']])
  })
})
