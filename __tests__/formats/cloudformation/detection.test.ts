import { describe, expect, test } from '@jest/globals'
import { cloudformationParser } from '../../../src/formats/cloudformation/index.js'
import { parserFor } from '../../../src/formats/index.js'

async function formatOf(path: string, text: string): Promise<string | undefined> {
  return (await parserFor(path, async () => text))?.format
}

const GITHUB_WORKFLOW = `name: ci
on: [push]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: aws cloudformation deploy --template-file template.yaml # AWS::S3::Bucket
`

const OPENAPI = `openapi: 3.0.3
info: { title: Inventory, version: '1' }
components:
  schemas:
    Resources:
      type: object
      properties:
        Type: { type: string, example: 'AWS::EC2::Instance' }
Resources:
  Inventory:
    Type: object
`

describe('detecting templates by content', () => {
  test.each([
    [
      'a YAML template with AWSTemplateFormatVersion',
      'infra/main.yaml',
      "AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n"
    ],
    [
      'a SAM template without a version',
      'template.yml',
      'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n'
    ],
    ['a JSON template', 'stack.json', '{ "Resources": { "Q": { "Type": "AWS::SQS::Queue" } } }'],
    ['a .template file', 'network.template', 'Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n'],
    ['a .cfn file', 'db.cfn', '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {}}'],
    ['a custom resource only', 'seed.yaml', 'Resources:\n  Seed:\n    Type: Custom::Seed\n'],
    [
      'a template that does not parse',
      'broken.yaml',
      "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  A: [\n"
    ],
    [
      'a template with short forms that does not parse',
      'broken2.yaml',
      'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties: {\n'
    ]
  ])('%s is CloudFormation', async (_, path, text) => {
    expect(await formatOf(path, text)).toBe('cloudformation')
  })

  test.each([
    ['a GitHub workflow', '.github/workflows/deploy.yml', GITHUB_WORKFLOW],
    ['an OpenAPI file with Resources-like keys', 'api/openapi.yaml', OPENAPI],
    [
      'package.json',
      'package.json',
      '{ "name": "x", "scripts": { "deploy": "cdk deploy" }, "keywords": ["AWS::CDK"] }'
    ],
    ['tsconfig.json', 'tsconfig.json', '{ "compilerOptions": { "strict": true } }'],
    [
      'a JSON file whose Resources entries have no Type',
      'config/limits.json',
      '{ "Resources": { "cpu": { "Limit": "AWS::EC2 quota" }, "mem": 4 } }'
    ],
    [
      'a JSON file whose Resources entries have other types',
      'types.json',
      '{ "Resources": { "a": { "Type": "string" } } }'
    ],
    [
      'a CDK tree.json',
      'cdk.out/tree.json',
      '{ "version": "tree-0.1", "tree": { "id": "App", "constructInfo": { "fqn": "aws-cdk-lib.App" }, "attributes": { "aws:cdk:cloudformation:type": "AWS::S3::Bucket" } } }'
    ],
    ['a Markdown file', 'README.md', 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n']
  ])('%s is not', async (_, path, text) => {
    expect(await formatOf(path, text)).not.toBe('cloudformation')
  })

  test('serverless.yml goes to the serverless parser, even with a Resources section', async () => {
    const text =
      'service: x\nprovider: { name: aws }\nresources:\n  Resources:\n    Q: { Type: AWS::SQS::Queue }\n'
    expect(await formatOf('serverless.yml', text)).toBe('serverless')
  })

  test('by path: maybe for the extensions a template may have, no for the rest', () => {
    expect(
      ['a.yaml', 'a.yml', 'a.json', 'a.template', 'a.cfn', 'A.YAML'].map(cloudformationParser.claimsPath)
    ).toEqual(Array(6).fill('maybe'))
    expect(['a.tf', 'a.md', 'Dockerfile', 'yaml'].map(cloudformationParser.claimsPath)).toEqual(
      Array(4).fill('no')
    )
  })

  test('text without any template marker is turned down without parsing', () => {
    expect(cloudformationParser.claimsContent?.('a.yaml', 'Resources: [\n')).toBe(false)
  })
})
