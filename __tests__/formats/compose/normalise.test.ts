import { describe, expect, test } from '@jest/globals'
import type { MapValue } from '../../../src/model.js'
import { toPlain } from '../../../src/values.js'
import { entry, lines, parse, service } from './helpers.js'

describe('environment', () => {
  const text = lines(`
services:
  listed:
    environment:
      - LOG_LEVEL=info
      - DB_URL=postgres://db:5432/shop?sslmode=require
      - FROM_SHELL
      - EMPTY=
  mapped:
    environment:
      LOG_LEVEL: info
      REPLICAS: 3
      DEBUG: false
      FROM_SHELL:
`)

  test('a list of KEY=value and a map read as the same map', () => {
    expect(toPlain(entry(service(text, 'listed').body, 'environment'))).toEqual({
      LOG_LEVEL: 'info',
      DB_URL: 'postgres://db:5432/shop?sslmode=require',
      FROM_SHELL: null,
      EMPTY: ''
    })
    expect(toPlain(entry(service(text, 'mapped').body, 'environment'))).toEqual({
      LOG_LEVEL: 'info',
      REPLICAS: 3,
      DEBUG: false,
      FROM_SHELL: null
    })
  })

  test("a list item's value and key keep the item's span; a map's keep their own", () => {
    const listed = entry(service(text, 'listed').body, 'environment') as MapValue
    expect(listed.span).toEqual({ line: 4, column: 7, endLine: 7, endColumn: 14 })
    expect(entry(listed, 'DB_URL').span).toEqual({ line: 5, column: 9, endLine: 5, endColumn: 54 })
    expect(listed.keySpans?.get('DB_URL')).toEqual({ line: 5, column: 9, endLine: 5, endColumn: 54 })
    const mapped = entry(service(text, 'mapped').body, 'environment') as MapValue
    expect(entry(mapped, 'REPLICAS').span).toEqual({ line: 11, column: 17, endLine: 11, endColumn: 17 })
    expect(mapped.keySpans?.get('REPLICAS')).toEqual({ line: 11, column: 7, endLine: 11, endColumn: 14 })
  })

  test('env is derived: the environment as a list of { name, value }, listed as derived', () => {
    const listed = service(text, 'listed')
    expect(listed.derived).toEqual(['env'])
    expect(toPlain(entry(listed.body, 'env'))).toEqual([
      { name: 'LOG_LEVEL', value: 'info' },
      { name: 'DB_URL', value: 'postgres://db:5432/shop?sslmode=require' },
      { name: 'FROM_SHELL', value: null },
      { name: 'EMPTY', value: '' }
    ])
    expect(entry(listed.body, 'env[1]').span).toEqual({ line: 5, column: 9, endLine: 5, endColumn: 54 })
    const mapped = service(text, 'mapped')
    expect(entry(mapped.body, 'env[1]').span).toEqual({ line: 11, column: 7, endLine: 11, endColumn: 17 })
    expect(entry(mapped.body, 'env[1].value')).toBe(entry(mapped.body, 'environment.REPLICAS'))
  })

  test('labels and sysctls are brought to maps the same way', () => {
    const s = service(
      'services:\n  a:\n    labels: [team=shop, tier=web]\n    sysctls:\n      - net.core.somaxconn=1024\n',
      'a'
    )
    expect(toPlain(s.body)).toEqual({
      labels: { team: 'shop', tier: 'web' },
      sysctls: { 'net.core.somaxconn': '1024' }
    })
    expect(s.derived).toBeUndefined()
  })

  test('a list item that is not KEY=value is an error at its line', () => {
    const out = parse('services:\n  a:\n    environment:\n      - A=1\n      - { B: 2 }\n')
    expect(out.errors).toEqual([
      { file: 'docker-compose.yml', line: 5, message: 'expected KEY=value or KEY, found a mapping' }
    ])
    expect(toPlain(entry(out.resources[0]!.body, 'environment'))).toEqual({ A: '1' })
  })
})

describe('ports', () => {
  const text = lines(`
services:
  web:
    ports:
      - 3000
      - "8080:80"
      - 127.0.0.1:8443:443/tcp
      - "[::1]:6001:6001"
      - "::1:6000:6000"
      - "9090-9091:8080-8081"
      - "127.0.0.1::5432"
      - "6060:6060/udp"
      - target: 5432
        published: "15432"
        host_ip: 0.0.0.0
        protocol: tcp
        mode: host
`)

  test('short and long syntax read as one shape: host_ip, published, target, protocol', () => {
    expect(toPlain(entry(service(text, 'web').body, 'ports'))).toEqual([
      { target: 3000 },
      { published: 8080, target: 80 },
      { host_ip: '127.0.0.1', published: 8443, target: 443, protocol: 'tcp' },
      { host_ip: '::1', published: 6001, target: 6001 },
      { host_ip: '::1', published: 6000, target: 6000 },
      { published: '9090-9091', target: '8080-8081' },
      { host_ip: '127.0.0.1', target: 5432 },
      { published: 6060, target: 6060, protocol: 'udp' },
      { target: 5432, published: '15432', host_ip: '0.0.0.0', protocol: 'tcp', mode: 'host' }
    ])
  })

  test("short-syntax fields carry the item's span; long-syntax ones keep their own", () => {
    const ports = service(text, 'web').body
    expect(entry(ports, 'ports[2].host_ip').span).toEqual({ line: 6, column: 9, endLine: 6, endColumn: 30 })
    expect(entry(ports, 'ports[2].target').span).toEqual({ line: 6, column: 9, endLine: 6, endColumn: 30 })
    expect(entry(ports, 'ports[1]').span).toEqual({ line: 5, column: 9, endLine: 5, endColumn: 17 })
    expect(entry(ports, 'ports[8].published').span).toEqual({
      line: 13,
      column: 20,
      endLine: 13,
      endColumn: 26
    })
  })

  test('a port mapping that does not parse is an error and an unknown value', () => {
    const out = parse('services:\n  a:\n    ports:\n      - "80:http"\n')
    expect(out.errors).toEqual([
      {
        file: 'docker-compose.yml',
        line: 4,
        message: "expected a port mapping like [HOST_IP:][PUBLISHED:]TARGET[/PROTOCOL], found '80:http'"
      }
    ])
    expect(entry(out.resources[0]!.body, 'ports[0]')).toMatchObject({ kind: 'unknown', expr: '80:http' })
  })
})

describe('volumes', () => {
  const text = lines(`
services:
  app:
    volumes:
      - /data
      - db-data:/var/lib/db
      - ./config:/etc/app:ro
      - ~/cache:/cache:rw,z
      - /var/run/docker.sock:/var/run/docker.sock
      - C:\\logs:/logs
      - type: bind
        source: /srv/static
        target: /static
        read_only: true
`)

  test('short and long syntax read as one shape: type, source, target, read_only', () => {
    expect(toPlain(entry(service(text, 'app').body, 'volumes'))).toEqual([
      { type: 'volume', target: '/data' },
      { type: 'volume', source: 'db-data', target: '/var/lib/db' },
      { type: 'bind', source: './config', target: '/etc/app', read_only: true },
      { type: 'bind', source: '~/cache', target: '/cache', read_only: false },
      { type: 'bind', source: '/var/run/docker.sock', target: '/var/run/docker.sock' },
      { type: 'bind', source: 'C:\\logs', target: '/logs' },
      { type: 'bind', source: '/srv/static', target: '/static', read_only: true }
    ])
  })

  test("short-syntax fields carry the item's span", () => {
    const body = service(text, 'app').body
    expect(entry(body, 'volumes[2].source').span).toEqual({ line: 6, column: 9, endLine: 6, endColumn: 28 })
    expect(entry(body, 'volumes[6].source').span).toEqual({
      line: 11,
      column: 17,
      endLine: 11,
      endColumn: 27
    })
  })

  test('a volume that does not parse is an error at its line', () => {
    const out = parse('services:\n  a:\n    volumes:\n      - a:b:c:d\n')
    expect(out.errors).toEqual([
      {
        file: 'docker-compose.yml',
        line: 4,
        message: "expected a volume like [SOURCE:]TARGET[:MODE], found 'a:b:c:d'"
      }
    ])
  })
})
