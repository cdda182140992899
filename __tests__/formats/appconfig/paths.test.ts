import { describe, expect, test } from '@jest/globals'
import { appConfigParser, profileOf } from '../../../src/formats/appconfig/index.js'
import { PARSERS, parserFor } from '../../../src/formats/index.js'

describe('claimsPath', () => {
  test.each([
    ['.env', 'yes'],
    ['.env.production', 'yes'],
    ['services/api/.env.local', 'yes'],
    ['deploy/prod.env', 'yes'],
    ['positive1.env', 'yes'],
    ['src/main/resources/application.properties', 'yes'],
    ['gradle.properties', 'yes'],
    ['appsettings.json', 'yes'],
    ['appsettings.Production.json', 'yes'],
    ['src/main/resources/application.yml', 'maybe'],
    ['application-prod.yaml', 'maybe'],
    ['bootstrap.yml', 'maybe'],
    ['config.yaml', 'maybe'],
    ['config.production.json', 'maybe'],
    ['settings.json', 'maybe'],
    ['secrets.yml', 'maybe'],
    ['app.config.json', 'maybe'],
    ['local.settings.json', 'maybe'],
    ['positive1.settings.yaml', 'maybe'],
    ['charts/api/values.yaml', 'maybe'],
    ['charts/api/values-prod.yaml', 'maybe'],
    ['config/production.json', 'maybe'],
    ['app/conf/db.yml', 'maybe'],
    ['.envrc', 'no'],
    ['environment.yml', 'no'],
    ['package.json', 'no'],
    ['package-lock.json', 'no'],
    ['tsconfig.json', 'no'],
    ['tsconfig.build.json', 'no'],
    ['config/tsconfig.json', 'no'],
    ['yarn.lock', 'no'],
    ['pnpm-lock.yaml', 'no'],
    ['.github/workflows/ci.yml', 'no'],
    ['.github/config.yml', 'no'],
    ['.vscode/settings.json', 'no'],
    ['docker-compose.yml', 'no'],
    ['compose.yaml', 'no'],
    ['config/docker-compose.prod.yml', 'no'],
    ['serverless.yml', 'no'],
    ['template.yaml', 'no'],
    ['stack.template.json', 'no'],
    ['config/app.k8s.yaml', 'no'],
    ['charts/api/templates/config.yaml', 'no'],
    ['charts/api/Chart.yaml', 'no'],
    ['.eslintrc.json', 'no'],
    ['node_modules/x/config.json', 'no'],
    ['deploy.yaml', 'no'],
    ['README.md', 'no']
  ])('%s → %s', (path, claim) => {
    expect(appConfigParser.claimsPath(path)).toBe(claim)
  })
})

describe('claimsContent', () => {
  test.each([
    ['a map of settings', 'config.yaml', 'server:\n  port: 8080\n', true],
    ['a JSON object', 'settings.json', '{ "a": 1 }', true],
    ['a list', 'config.yaml', '- a\n- b\n', false],
    ['an empty file', 'config.yaml', '', false],
    ['invalid YAML named as settings (claimed, so its error is reported)', 'config.yaml', 'a: [\n', true],
    ['invalid YAML only in a config folder', 'config/app.yaml', 'a: [\n', false],
    ['a Kubernetes manifest', 'config/app.yaml', 'apiVersion: v1\nkind: ConfigMap\ndata: {}\n', false],
    [
      'a CloudFormation template',
      'config/stack.yaml',
      'Resources:\n  B:\n    Type: AWS::S3::Bucket\n',
      false
    ],
    ['a compose file', 'config/stack.yaml', 'services:\n  web:\n    image: nginx\n', false],
    ['a workflow', 'config/ci.yaml', 'on: push\njobs: {}\n', false],
    ['settings with a services map', 'config/app.yaml', 'services:\n  auth:\n    url: https://auth\n', true]
  ])('%s → %s', (_, path, text, claimed) => {
    expect(appConfigParser.claimsContent?.(path, text)).toBe(claimed)
  })
})

describe('parserFor', () => {
  const formatOf = async (path: string, text: string): Promise<string | undefined> =>
    (await parserFor(path, async () => text))?.format

  test('settings files come to the app-config parser', async () => {
    expect(await formatOf('.env.production', 'A=1\n')).toBe('appconfig')
    expect(await formatOf('config/settings.yaml', 'debug: false\n')).toBe('appconfig')
    expect(await formatOf('application.yml', 'spring:\n  profiles: prod\n')).toBe('appconfig')
  })

  test('look-alikes that belong to other formats, or to none, are not taken', async () => {
    expect(await formatOf('docker-compose.yml', 'services:\n  web:\n    image: nginx\n')).not.toBe(
      'appconfig'
    )
    expect(await formatOf('package.json', '{ "name": "x" }')).toBeUndefined()
    expect(await formatOf('tsconfig.json', '{ "compilerOptions": {} }')).toBeUndefined()
    expect(await formatOf('.github/workflows/ci.yml', 'on: push\njobs: {}\n')).toBeUndefined()
    expect(await formatOf('config/app.yaml', 'apiVersion: v1\nkind: ConfigMap\ndata: {}\n')).not.toBe(
      'appconfig'
    )
    expect(await formatOf('config/stack.yaml', 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n')).not.toBe(
      'appconfig'
    )
  })

  test('it is the last parser, so that its generic claim never comes before a specific one', () => {
    expect(PARSERS[PARSERS.length - 1]?.format).toBe('appconfig')
  })
})

describe('profileOf', () => {
  test.each([
    ['.env', undefined],
    ['.env.production', 'production'],
    ['.env.development.local', 'development.local'],
    ['deploy/prod.env', 'prod'],
    ['application.yml', undefined],
    ['application-prod.yml', 'prod'],
    ['src/main/resources/application-dev.properties', 'dev'],
    ['appsettings.json', undefined],
    ['appsettings.Development.json', 'Development'],
    ['values-staging.yaml', 'staging'],
    ['values.yaml', undefined],
    ['local.settings.json', 'local'],
    ['config/production.json', 'production'],
    ['config/config.yaml', undefined],
    ['gradle.properties', undefined]
  ])('%s → %s', (path, profile) => {
    expect(profileOf(path)).toBe(profile)
  })
})
