import { describe, expect, test } from '@jest/globals'
import { toPlain } from '../../../src/values.js'
import { at, entry, lines, parse, resources, service } from './helpers.js'

const FILE = lines(`
version: '3.8'
name: shop
x-logging: &logging
  driver: json-file
services:
  web:
    image: shop/web:1.4.2
    logging: *logging
    networks: [front]
  worker:
  db:
    image: postgres:16
    volumes:
      - db-data:/var/lib/postgresql/data
networks:
  front:
    driver: bridge
  back:
volumes:
  db-data:
secrets:
  db_password:
    file: ./secrets/db_password.txt
configs:
  nginx:
    file: ./nginx.conf
`)

describe('compose resources', () => {
  test('one resource per service, network, volume, secret and config; the file is the unit', () => {
    const out = parse(FILE, 'deploy/docker-compose.yml')
    expect(out.errors).toEqual([])
    expect(out.resources.map(r => [r.type, r.address, r.key, r.format])).toEqual([
      ['service', 'services.web', 'deploy/docker-compose.yml//services.web', 'compose'],
      ['service', 'services.worker', 'deploy/docker-compose.yml//services.worker', 'compose'],
      ['service', 'services.db', 'deploy/docker-compose.yml//services.db', 'compose'],
      ['network', 'networks.front', 'deploy/docker-compose.yml//networks.front', 'compose'],
      ['network', 'networks.back', 'deploy/docker-compose.yml//networks.back', 'compose'],
      ['volume', 'volumes.db-data', 'deploy/docker-compose.yml//volumes.db-data', 'compose'],
      ['secret', 'secrets.db_password', 'deploy/docker-compose.yml//secrets.db_password', 'compose'],
      ['config', 'configs.nginx', 'deploy/docker-compose.yml//configs.nginx', 'compose']
    ])
  })

  test('a resource spans from its name to the end of its definition; an empty one is its name', () => {
    const all = resources(FILE)
    expect(all.get('services.web')?.span).toEqual({ line: 6, column: 3, endLine: 9, endColumn: 21 })
    expect(all.get('services.worker')?.span).toEqual({ line: 10, column: 3, endLine: 10, endColumn: 8 })
    expect(all.get('networks.back')?.span).toEqual({ line: 18, column: 3, endLine: 18, endColumn: 6 })
    expect(all.get('secrets.db_password')?.span).toEqual({ line: 22, column: 3, endLine: 23, endColumn: 35 })
  })

  test('bodies are the definitions as written, with anchors resolved and spans kept', () => {
    const web = service(FILE, 'web')
    expect(toPlain(web.body)).toEqual({
      image: 'shop/web:1.4.2',
      logging: { driver: 'json-file' },
      networks: ['front']
    })
    expect(entry(web.body, 'image').span).toEqual({ line: 7, column: 12, endLine: 7, endColumn: 25 })
    expect(entry(web.body, 'logging.driver').span.line).toBe(4)
    expect(web.body.keySpans?.get('image')).toEqual({ line: 7, column: 5, endLine: 7, endColumn: 9 })
    expect(service(FILE, 'worker').body.entries.size).toBe(0)
  })

  test('extension fields with merge keys give every service the shared settings', () => {
    const text = lines(`
x-defaults: &defaults
  restart: unless-stopped
  privileged: true
  environment:
    LOG_LEVEL: info
services:
  api:
    <<: *defaults
    image: shop/api:2.0.0
  jobs:
    <<: *defaults
    privileged: false
`)
    expect(at(service(text, 'api').body, 'privileged')).toMatchObject({ value: true, span: { line: 3 } })
    expect(at(service(text, 'jobs').body, 'privileged')).toMatchObject({ value: false, span: { line: 12 } })
    expect(toPlain(entry(service(text, 'jobs').body, 'environment'))).toEqual({ LOG_LEVEL: 'info' })
    expect(resources(text).has('services.x-defaults')).toBe(false)
  })

  test('a file without version, with only services, is read', () => {
    expect([...resources('services:\n  app:\n    image: app:1\n').keys()]).toEqual(['services.app'])
  })

  test('an override file holding only networks is read; nothing at the top is not an error', () => {
    expect([...resources('networks:\n  default:\n    name: shared\n').keys()]).toEqual(['networks.default'])
    expect(parse('# nothing yet\n')).toEqual({ resources: [], errors: [] })
  })
})
