import { describe, expect, test } from '@jest/globals'
import { serverlessParser } from '../../../src/formats/serverless/index.js'
import { toPlain } from '../../../src/values.js'
import { at, parseOk, parseService, resource, span } from './helpers.js'

const SERVICE = `service: orders
provider:
  name: aws
  runtime: nodejs20.x
  architecture: arm64
  tracing:
    lambda: true
  environment:
    TABLE: orders
    LOG_LEVEL: info
functions:
  create:
    handler: create.handler
    environment:
      LOG_LEVEL: debug
    events:
      - httpApi: POST /orders
  legacy:
    handler: legacy.handler
    runtime: python3.8
    tracing: PassThrough
  container:
    image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/orders:latest
resources:
  Resources:
    OrdersTable:
      Type: AWS::DynamoDB::Table
      Properties:
        BillingMode: PAY_PER_REQUEST
`

describe('the serverless.yml resource model', () => {
  test('a provider, one function per entry, and the CloudFormation of resources', () => {
    const resources = parseOk(SERVICE, 'services/orders/serverless.yml')
    expect(resources.map(r => [r.format, r.type, r.address, r.key])).toEqual([
      ['serverless', 'provider', 'provider', 'services/orders/serverless.yml//provider'],
      ['serverless', 'function', 'functions.create', 'services/orders/serverless.yml//functions.create'],
      ['serverless', 'function', 'functions.legacy', 'services/orders/serverless.yml//functions.legacy'],
      [
        'serverless',
        'function',
        'functions.container',
        'services/orders/serverless.yml//functions.container'
      ],
      ['cloudformation', 'AWS::DynamoDB::Table', 'OrdersTable', 'services/orders/serverless.yml//OrdersTable']
    ])
    expect(serverlessParser.unitOf('services/orders/serverless.yml')).toBe('services/orders/serverless.yml')
  })

  test('exact spans: each resource from its key to the end of its value', () => {
    const resources = parseOk(SERVICE)
    expect(resource(resources, 'provider').span).toEqual(span(2, 1, 10, 19))
    expect(resource(resources, 'functions.create').span).toEqual(span(12, 3, 17, 29))
    expect(resource(resources, 'functions.legacy').span).toEqual(span(18, 3, 21, 24))
    expect(resource(resources, 'OrdersTable').span).toEqual(span(26, 5, 29, 36))
    const create = resource(resources, 'functions.create').body
    expect(at(create, 'handler').span).toEqual(span(13, 14, 13, 27))
    expect(at(create, 'events.0.httpApi').span).toEqual(span(17, 18, 17, 29))
    expect(at(resource(resources, 'OrdersTable').body, 'BillingMode').span).toEqual(span(29, 22, 29, 36))
  })

  test("a function's runtime and other defaults come from the provider unless it sets its own", () => {
    const resources = parseOk(SERVICE)
    const create = resource(resources, 'functions.create').body
    expect(toPlain(create)).toEqual({
      handler: 'create.handler',
      environment: { TABLE: 'orders', LOG_LEVEL: 'debug' },
      events: [{ httpApi: 'POST /orders' }],
      runtime: 'nodejs20.x',
      architecture: 'arm64',
      tracing: true
    })
    expect(at(create, 'runtime').span).toEqual(span(4, 12, 4, 21))
    expect(at(create, 'environment.TABLE').span).toEqual(span(9, 12, 9, 17))
    expect(at(create, 'environment.LOG_LEVEL').span).toEqual(span(15, 18, 15, 22))
    const legacy = resource(resources, 'functions.legacy').body
    expect(toPlain(at(legacy, 'runtime'))).toBe('python3.8')
    expect(toPlain(at(legacy, 'tracing'))).toBe('PassThrough')
    const container = resource(resources, 'functions.container').body
    expect(container.entries.has('runtime')).toBe(false)
    expect(toPlain(at(container, 'architecture'))).toBe('arm64')
  })

  test('the provider body is the provider block as written', () => {
    expect(toPlain(resource(parseOk(SERVICE), 'provider').body)).toEqual({
      name: 'aws',
      runtime: 'nodejs20.x',
      architecture: 'arm64',
      tracing: { lambda: true },
      environment: { TABLE: 'orders', LOG_LEVEL: 'info' }
    })
  })

  test('functions written as a list of maps, as older files do', () => {
    const resources = parseOk(
      'provider:\n  name: aws\n  runtime: go1.x\nfunctions:\n  - a:\n      handler: a\n  - b:\n      handler: b\n'
    )
    expect(resources.map(r => r.address)).toEqual(['provider', 'functions.a', 'functions.b'])
    expect(toPlain(at(resource(resources, 'functions.b').body, 'runtime'))).toBe('go1.x')
  })

  test('serverless.json is read as JSON', () => {
    const resources = parseOk(
      '{\n  "service": "x",\n  "provider": { "name": "aws", "runtime": "java8" },\n  "functions": { "a": { "handler": "A::handle" } }\n}\n',
      'serverless.json'
    )
    expect(toPlain(at(resource(resources, 'functions.a').body, 'runtime'))).toBe('java8')
    expect(resource(resources, 'functions.a').span).toEqual(span(4, 18, 4, 48))
  })

  test('a service for another cloud is skipped, not guessed at', () => {
    const out = parseService(
      'service: x\nprovider:\n  name: azure\n  runtime: nodejs18\nfunctions:\n  a: { handler: a }\n'
    )
    expect(out.resources).toEqual([])
    expect(out.skipped).toEqual([{ file: 'serverless.yml', reason: "the provider is 'azure', not AWS" }])
  })

  test('by path: serverless.yml, .yaml and .json, and <name>.serverless.yml', () => {
    const claim = serverlessParser.claimsPath
    expect(
      ['serverless.yml', 'a/serverless.yaml', 'serverless.json', 'positive1.serverless.yml'].map(claim)
    ).toEqual(Array(4).fill('yes'))
    expect(['serverless.ts', 'my-serverless.yml', 'serverless.yml.bak', 'template.yaml'].map(claim)).toEqual(
      Array(4).fill('no')
    )
  })
})
