import { describe, expect, test } from '@jest/globals'
import { toPlain } from '../../../src/values.js'
import { field, find, parse, settings, span, values } from './helpers.js'

describe('.properties', () => {
  const text = [
    '# comment', // 1
    '! also a comment', // 2
    'spring.datasource.url=jdbc:postgresql://db/app', // 3
    'spring.datasource.password : s3cr3t', // 4
    'server.port 8080', // 5
    'message=first \\', // 6
    '        second \\', // 7
    '        third', // 8
    'unicode=caf\\u00e9', // 9
    'key\\ with\\ spaces=a\\=b\\:c', // 10
    'path=C:\\\\temp', // 11
    'empty=' // 12
  ].join('\n')
  const resources = settings('src/main/resources/application-prod.properties', text)

  test('every separator, continuation and escape', () => {
    expect(values(resources)).toEqual([
      ['spring.datasource.url', 'jdbc:postgresql://db/app'],
      ['spring.datasource.password', 's3cr3t'],
      ['server.port', '8080'],
      ['message', 'first second third'],
      ['unicode', 'café'],
      ['key with spaces', 'a=b:c'],
      ['path', 'C:\\temp'],
      ['empty', '']
    ])
  })

  test('dotted keys give the last segment as key and the rest as parent', () => {
    expect(toPlain(find(resources, 'spring.datasource.password').body)).toEqual({
      key: 'password',
      path: 'spring.datasource.password',
      parent: 'spring.datasource',
      value: 's3cr3t',
      kind: 'properties',
      profile: 'prod'
    })
  })

  test('spans cover continuation lines', () => {
    expect(find(resources, 'spring.datasource.password').span).toEqual(span(4, 1, 4, 35))
    expect(field(find(resources, 'spring.datasource.password'), 'value').span).toEqual(span(4, 30, 4, 35))
    expect(find(resources, 'message').span).toEqual(span(6, 1, 8, 13))
    expect(field(find(resources, 'message'), 'value').span).toEqual(span(6, 9, 8, 13))
  })

  test('CRLF line endings, continuations included', () => {
    const crlf = settings('app.properties', text.replace(/\n/g, '\r\n'))
    expect(values(crlf)).toEqual(values(resources))
    expect(crlf.map(r => r.span)).toEqual(resources.map(r => r.span))
  })

  test('a malformed unicode escape is an error; the setting is kept as written', () => {
    const out = parse('app.properties', 'a=1\nb=\\u12G4\n')
    expect(out.errors).toEqual([
      {
        file: 'app.properties',
        line: 2,
        message: 'malformed \\uXXXX escape: expected four hexadecimal digits after \\u'
      }
    ])
    expect(values(out.resources)).toEqual([
      ['a', '1'],
      ['b', '\\u12G4']
    ])
  })
})
