import { describe, expect, test } from '@jest/globals'
import { toPlain } from '../../../src/values.js'
import { entry, lines, parse, service } from './helpers.js'

const FILE = lines(`
services:
  base:
    image: shop/base:1.0.0
    privileged: true
    command: [serve]
    environment:
      LOG_LEVEL: info
      MODE: base
    ports:
      - "8080:80"
    volumes:
      - ./a:/data
    dns: [1.1.1.1]
  web:
    extends: base
    command: [serve, --web]
    environment:
      - MODE=web
    ports:
      - "8080:80"
      - "8443:443"
    volumes:
      - ./b:/data
    dns: [8.8.8.8]
  worker:
    extends:
      service: web
    privileged: false
`)

describe('extends', () => {
  test('a service extending one in the same file is merged as Compose merges', () => {
    const web = service(FILE, 'web')
    expect(toPlain(web.body)).toEqual({
      image: 'shop/base:1.0.0',
      privileged: true,
      command: ['serve', '--web'],
      environment: { LOG_LEVEL: 'info', MODE: 'web' },
      ports: [
        { published: 8080, target: 80 },
        { published: 8443, target: 443 }
      ],
      volumes: [{ type: 'bind', source: './b', target: '/data' }],
      dns: ['1.1.1.1', '8.8.8.8'],
      extends: 'base',
      env: [
        { name: 'LOG_LEVEL', value: 'info' },
        { name: 'MODE', value: 'web' }
      ]
    })
  })

  test('inherited values keep the spans of the lines that wrote them', () => {
    const web = service(FILE, 'web')
    expect(entry(web.body, 'privileged').span.line).toBe(4)
    expect(entry(web.body, 'environment.LOG_LEVEL').span.line).toBe(7)
    expect(entry(web.body, 'environment.MODE').span.line).toBe(18)
    expect(web.span.line).toBe(14)
  })

  test('extends chains through services, the long form included', () => {
    const worker = service(FILE, 'worker')
    expect(toPlain(entry(worker.body, 'privileged'))).toBe(false)
    expect(toPlain(entry(worker.body, 'command'))).toEqual(['serve', '--web'])
    expect(toPlain(entry(worker.body, 'dns'))).toEqual(['1.1.1.1', '8.8.8.8'])
  })

  test('extends of a service in another file is not followed', () => {
    const text =
      'services:\n  web:\n    extends:\n      file: common.yml\n      service: base\n    image: web:1\n'
    const out = parse(text)
    expect(out.errors).toEqual([])
    expect(toPlain(out.resources[0]!.body)).toEqual({
      extends: { file: 'common.yml', service: 'base' },
      image: 'web:1'
    })
  })

  test('a missing base service or a cycle is an error at the extends line', () => {
    const missing = parse('services:\n  web:\n    extends: nowhere\n')
    expect(missing.errors).toEqual([
      {
        file: 'docker-compose.yml',
        line: 3,
        message: "expected the service 'nowhere' that 'web' extends to be defined in this file, found none"
      }
    ])
    const cycle = parse('services:\n  a:\n    extends: b\n  b:\n    extends: a\n')
    expect(cycle.errors.map(e => [e.line, e.message])).toEqual([
      [5, "expected 'extends' to end at a service that extends nothing, found a cycle through 'a'"]
    ])
    expect(cycle.resources.map(r => r.address)).toEqual(['services.a', 'services.b'])
  })
})
