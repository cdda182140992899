import { describe, expect, test } from '@jest/globals'
import { parserFor } from '../../src/formats/index.js'

/**
 * Which format each file goes to through the whole registry, look-alikes
 * included: the decision a scan makes for every path it lists.
 */
async function formatOf(path: string, text = ''): Promise<string> {
  const parser = await parserFor(path, async () => text)
  return parser?.format ?? 'none'
}

const WORKFLOW = `name: ci
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm test
`

const OPENAPI = `openapi: 3.0.3
info: { title: Orders, version: '1' }
paths: {}
components:
  schemas:
    Resource:
      properties:
        apiVersion: { type: string }
        kind: { type: string }
`

const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Logs:
    Type: AWS::S3::Bucket
`

const MANIFEST = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  LOG_LEVEL: info
`

describe('format detection across the registry', () => {
  test.each([
    ['infra/main.tf', '', 'terraform'],
    ['templates/bucket.yaml', TEMPLATE, 'cloudformation'],
    ['cdk.out/Stack.template.json', '{"Resources": {"B": {"Type": "AWS::S3::Bucket"}}}', 'cloudformation'],
    ['deploy/settings.yaml', MANIFEST, 'kubernetes'],
    ['docker-compose.yml', 'services: {}\n', 'compose'],
    ['docker-compose.override.yml', 'services: {}\n', 'compose'],
    ['compose.prod.yaml', 'services: {}\n', 'compose'],
    ['serverless.yml', 'service: orders\n', 'serverless'],
    ['Dockerfile', '', 'dockerfile'],
    ['Dockerfile.dev', '', 'dockerfile'],
    ['build/api.Dockerfile', '', 'dockerfile'],
    ['.env', '', 'appconfig'],
    ['.env.production', '', 'appconfig'],
    ['src/main/resources/application.properties', '', 'appconfig'],
    ['appsettings.Production.json', '{"Logging": {}}', 'appconfig']
  ])('%s is %s', async (path, text, format) => {
    expect(await formatOf(path, text)).toBe(format)
  })

  test.each([
    ['a GitHub workflow', '.github/workflows/ci.yml', WORKFLOW],
    ['an OpenAPI description mentioning apiVersion and kind', 'api/openapi.yaml', OPENAPI],
    [
      'a YAML file that is neither a template nor a manifest',
      'docs/mkdocs.yml',
      'site_name: Orders\nnav: []\n'
    ],
    ['a JSON file that is not a template', 'package.json', '{"name": "orders", "version": "1.0.0"}'],
    [
      'a JSON file with Resources whose entries have no Type',
      'data/inventory.json',
      '{"Resources": {"cpu": 4}}'
    ],
    ['tsconfig.json', 'tsconfig.json', '{"compilerOptions": {"strict": true}}'],
    ['a README', 'README.md', '# Orders\n']
  ])('%s is not scanned', async (_, path, text) => {
    expect(await formatOf(path, text)).toBe('none')
  })
})
