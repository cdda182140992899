import { describe, expect, test } from '@jest/globals'
import { lines, parse } from './helpers.js'

describe('compose parse errors', () => {
  test('a syntax error is one error with its line, and no resources', () => {
    const out = parse('services:\n  web:\n    image: web:1\n   ports: []\n')
    expect(out.resources).toEqual([])
    expect(out.errors).toHaveLength(1)
    expect(out.errors[0]).toMatchObject({ file: 'docker-compose.yml', line: 4 })
    expect(out.errors[0]!.message).toMatch(/^could not read the YAML: /)
  })

  test('a duplicate key is an error naming both lines', () => {
    const out = parse('services:\n  web:\n    image: a:1\n  web:\n    image: b:1\n')
    expect(out.errors).toEqual([
      {
        file: 'docker-compose.yml',
        line: 4,
        message: "could not read the YAML: duplicate key 'web' (first at line 2)"
      }
    ])
  })

  test('a file that is not a mapping is an error', () => {
    expect(parse('- web\n- db\n').errors).toEqual([
      {
        file: 'docker-compose.yml',
        line: 1,
        message: "expected a mapping with a 'services' section at the top of the compose file, found a list"
      }
    ])
  })

  test('a version 1 file, with services at the top, is reported as unsupported', () => {
    const out = parse('web:\n  image: web:1\n  links: [db]\ndb:\n  image: postgres:16\n')
    expect(out.resources).toEqual([])
    expect(out.errors).toEqual([
      {
        file: 'docker-compose.yml',
        line: 1,
        message:
          "expected a 'services' section (Compose file format 2 and later), found services at the top level: version 1 files are not supported"
      }
    ])
  })

  test('a service that is not a mapping is an error; the other services come through', () => {
    const text = lines(`
services:
  web:
    image: web:1
  broken: [a, b]
  db:
    image: postgres:16
`)
    const out = parse(text)
    expect(out.resources.map(r => r.address)).toEqual(['services.web', 'services.db'])
    expect(out.errors).toEqual([
      {
        file: 'docker-compose.yml',
        line: 4,
        message: "expected 'services.broken' to be a mapping, found a list"
      }
    ])
  })

  test('services that is not a mapping is an error', () => {
    expect(parse('services: [web]\n').errors).toEqual([
      {
        file: 'docker-compose.yml',
        line: 1,
        message: "expected 'services' to be a mapping of names to definitions, found a list"
      }
    ])
  })

  test('a second document is an error; the first is read', () => {
    const out = parse('services:\n  a:\n    image: a:1\n---\nservices:\n  b:\n    image: b:1\n')
    expect(out.resources.map(r => r.address)).toEqual(['services.a'])
    expect(out.errors).toEqual([
      {
        file: 'docker-compose.yml',
        line: 5,
        message: 'expected one YAML document in a compose file, found 2; only the first is read'
      }
    ])
  })

  test('a file that is not text is one error', () => {
    expect(parse('services:\n\u0000\n').errors).toEqual([
      {
        file: 'docker-compose.yml',
        line: 2,
        message: 'expected UTF-8 text, found a NUL byte (is this a binary file?)'
      }
    ])
  })
})
