import { describe, expect, test } from '@jest/globals'
import { substitute } from '../../../src/formats/compose/index.js'
import { toPlain } from '../../../src/values.js'
import { entry, lines, service } from './helpers.js'

const U = '\u0000'

describe('interpolation', () => {
  test('defaults are taken, $$ is a dollar, anything from the environment is unresolved', () => {
    expect(substitute('plain')).toBe('plain')
    expect(substitute('${TAG:-1.4}')).toBe('1.4')
    expect(substitute('${TAG-1.4}')).toBe('1.4')
    expect(substitute('${TAG:-}')).toBe('')
    expect(substitute('cost: $$5')).toBe('cost: $5')
    expect(substitute('${TAG}')).toBe(U)
    expect(substitute('$TAG-x')).toBe(`${U}-x`)
    expect(substitute('${TAG:?set TAG}')).toBe(U)
    expect(substitute('${TAG:+pinned}')).toBe(U)
    expect(substitute('${OUTER:-${INNER:-deep}}')).toBe('deep')
    expect(substitute('${OUTER:-${INNER}}')).toBe(U)
    expect(substitute('${UNCLOSED')).toBe(U)
    expect(substitute('a $ b')).toBe('a $ b')
  })

  test('a value depending on the environment is unknown; one with a default takes it', () => {
    const text = lines(`
services:
  app:
    image: shop/app:\${TAG}
    user: \${APP_USER:-1000}
    environment:
      DB_PASSWORD: \${DB_PASSWORD}
      MODE: \${MODE:-production}
      PRICE: $$5
`)
    const body = service(text, 'app').body
    expect(entry(body, 'image')).toMatchObject({
      kind: 'unknown',
      expr: 'shop/app:${TAG}',
      span: { line: 3 }
    })
    expect(entry(body, 'user')).toMatchObject({ kind: 'string', value: '1000', span: { line: 4 } })
    expect(entry(body, 'environment.DB_PASSWORD')).toMatchObject({ kind: 'unknown', expr: '${DB_PASSWORD}' })
    expect(toPlain(entry(body, 'environment.MODE'))).toBe('production')
    expect(toPlain(entry(body, 'environment.PRICE'))).toBe('$5')
  })

  test('in a port or a volume, only the fields that depend on the environment are unknown', () => {
    const text = lines(`
services:
  db:
    ports:
      - "\${DB_PORT:-5432}:5432"
      - "\${BIND_IP}:6379:6379"
      - "\${HOST_PORT}:27017"
    volumes:
      - \${DATA_DIR}:/var/lib/db
      - \${DATA_DIR:-./data}:/var/lib/db2:ro
`)
    const body = service(text, 'db').body
    expect(toPlain(entry(body, 'ports[0]'))).toEqual({ published: 5432, target: 5432 })
    expect(entry(body, 'ports[1].host_ip')).toMatchObject({ kind: 'unknown', expr: '${BIND_IP}:6379:6379' })
    expect(toPlain(entry(body, 'ports[1].target'))).toBe(6379)
    // the variable may hold a host address as well as a port
    expect(entry(body, 'ports[2].host_ip')).toMatchObject({ kind: 'unknown' })
    expect(entry(body, 'ports[2].published')).toMatchObject({ kind: 'unknown' })
    expect(toPlain(entry(body, 'ports[2].target'))).toBe(27017)
    expect(entry(body, 'volumes[0].source')).toMatchObject({
      kind: 'unknown',
      expr: '${DATA_DIR}:/var/lib/db'
    })
    expect(entry(body, 'volumes[0].type')).toMatchObject({ kind: 'unknown' })
    expect(toPlain(entry(body, 'volumes[0].target'))).toBe('/var/lib/db')
    expect(toPlain(entry(body, 'volumes[1]'))).toEqual({
      type: 'bind',
      source: './data',
      target: '/var/lib/db2',
      read_only: true
    })
  })
})
