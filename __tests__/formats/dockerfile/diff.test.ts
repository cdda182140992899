import { describe, expect, test } from '@jest/globals'
import { scanTexts } from '../../helpers/scan-texts.js'

const base = [
  'FROM node:22-alpine AS build',
  'RUN npm ci',
  '',
  'FROM node:22-alpine',
  'COPY --from=build /app /app',
  'USER node',
  'CMD ["node", "/app/server.js"]',
  ''
].join('\n')

describe('a Dockerfile between base and head', () => {
  test('the final stage losing its USER is a modified stage and a new finding', async () => {
    const head = base.replace('USER node\n', '')
    const report = await scanTexts({ 'app/Dockerfile': base }, { 'app/Dockerfile': head })
    expect(report.errors).toEqual([])
    expect(report.changes.map(c => [c.address, c.change, c.format, c.attributes])).toEqual([
      ['stage.1', 'modified', 'dockerfile', ['user', 'instructions']]
    ])
    const root = report.findings.filter(f => f.ruleId === 'docker-runs-as-root')
    expect(root.map(f => [f.status, f.file, f.line, f.address])).toEqual([
      ['new', 'app/Dockerfile', 4, 'stage.1']
    ])
  })

  test('moving lines without changing instructions is no change', async () => {
    const head = `# the runtime image\n${base}`
    const report = await scanTexts({ Dockerfile: base }, { Dockerfile: head })
    expect(report.changes).toEqual([])
    expect(report.findings.filter(f => f.status === 'new')).toEqual([])
  })
})
