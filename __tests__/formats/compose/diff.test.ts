import { describe, expect, test } from '@jest/globals'
import { scanTexts } from '../../helpers/scan-texts.js'

const compose = (web: string): string => `services:
  web:
    image: shop/web:1.4.2
${web}  db:
    image: postgres:16.2
    ports:
      - "127.0.0.1:5432:5432"
`

describe('compose through the whole pipeline', () => {
  test('a service made privileged: modified at that path, with a new finding on its line', async () => {
    const report = await scanTexts(
      { 'docker-compose.yml': compose('') },
      { 'docker-compose.yml': compose('    privileged: true\n') }
    )
    expect(report.errors).toEqual([])
    expect(report.changes.map(c => [c.address, c.type, c.format, c.change, c.line, c.attributes])).toEqual([
      ['services.web', 'service', 'compose', 'modified', 2, ['privileged']]
    ])
    const privileged = report.findings.filter(f => f.ruleId === 'compose-service-privileged')
    expect(privileged.map(f => [f.status, f.line, f.address])).toEqual([['new', 4, 'services.web']])
  })

  test('removing the problem gives a fixed finding', async () => {
    const report = await scanTexts(
      { 'docker-compose.yml': compose('    privileged: true\n') },
      { 'docker-compose.yml': compose('') }
    )
    const privileged = report.findings.filter(f => f.ruleId === 'compose-service-privileged')
    expect(privileged.map(f => [f.status, f.address])).toEqual([['fixed', 'services.web']])
  })

  test('the same environment rewritten from a list to a map is no change', async () => {
    const asList = 'services:\n  web:\n    image: web:1\n    environment:\n      - MODE=fast\n'
    const asMap = 'services:\n  web:\n    image: web:1\n    environment:\n      MODE: fast\n'
    const report = await scanTexts({ 'compose.yaml': asList }, { 'compose.yaml': asMap })
    expect(report.changes).toEqual([])
  })

  test('a database port opened to every interface is a new finding on the port line', async () => {
    const open = compose('').replace('"127.0.0.1:5432:5432"', '"5432:5432"')
    const report = await scanTexts({ 'docker-compose.yml': compose('') }, { 'docker-compose.yml': open })
    expect(report.changes.map(c => [c.address, c.attributes])).toEqual([
      ['services.db', ['ports[0].host_ip']]
    ])
    const exposed = report.findings.filter(f => f.ruleId === 'compose-service-database-port-exposed')
    expect(exposed.map(f => [f.status, f.line])).toEqual([['new', 7]])
  })
})
