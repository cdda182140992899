import { describe, expect, test } from '@jest/globals'
import { parserFor } from '../../../src/formats/index.js'

async function formatOf(
  path: string,
  text = 'services:\n  app:\n    image: app:1\n'
): Promise<string | undefined> {
  return (await parserFor(path, async () => text))?.format
}

describe('compose detection', () => {
  test.each([
    'docker-compose.yml',
    'docker-compose.yaml',
    'docker-compose.override.yml',
    'deploy/docker-compose.prod.yaml',
    'compose.yml',
    'compose.yaml',
    'compose.prod.yaml',
    'services/api/compose.override.yml'
  ])('%s is compose', async path => {
    expect(await formatOf(path)).toBe('compose')
  })

  test.each([
    'app.yml',
    'my-compose.yml',
    'docker-compose.yml.bak',
    'compose.json',
    'composer.yaml',
    'positive1.compose.yaml'
  ])('%s is not compose', async path => {
    expect(await formatOf(path)).not.toBe('compose')
  })

  test('a compose file is compose even when it carries apiVersion and kind keys', async () => {
    expect(await formatOf('compose.yaml', 'apiVersion: v1\nkind: Pod\nservices: {}\n')).toBe('compose')
  })
})
