import { describe, expect, test } from '@jest/globals'
import { parseService } from './helpers.js'

describe('malformed service files', () => {
  test('a YAML syntax error is one error with its line', () => {
    const out = parseService('service: x\nprovider:\n  name: aws\n  runtime: [nodejs20.x\nfunctions: {}\n')
    expect(out.resources).toEqual([])
    expect(out.errors).toHaveLength(1)
    expect(out.errors[0]!.line).toBeGreaterThanOrEqual(4)
  })

  test('a JSON syntax error is one error with its line', () => {
    const out = parseService(
      '{\n  "provider": { "name": "aws" },\n  "functions": { "a": }\n}\n',
      'serverless.json'
    )
    expect(out.errors).toEqual([
      { file: 'serverless.json', line: 3, message: 'expected a JSON value, found "}\\n}\\n"' }
    ])
  })

  test('a function that is not a map is an error; the other functions and resources still come through', () => {
    const out = parseService(`provider:
  name: aws
  runtime: python3.12
functions:
  broken: just-a-handler
  good:
    handler: good.handler
resources:
  Resources:
    NoType:
      Properties: {}
    Queue:
      Type: AWS::SQS::Queue
`)
    expect(out.resources.map(r => r.address)).toEqual(['provider', 'functions.good', 'Queue'])
    expect(out.errors).toEqual([
      {
        file: 'serverless.yml',
        line: 5,
        message: 'expected the function \'broken\' to be a map of settings, found the string "just-a-handler"'
      },
      {
        file: 'serverless.yml',
        line: 10,
        message: "expected the resource 'NoType' to have a Type, found none"
      }
    ])
  })

  test('sections of the wrong shape', () => {
    const out = parseService(`provider: [aws]
functions: 12
resources:
  Resources: [a]
`)
    expect(out.resources).toEqual([])
    expect(out.errors).toEqual([
      {
        file: 'serverless.yml',
        line: 1,
        message: "expected 'provider' to be a map of settings, found a list"
      },
      { file: 'serverless.yml', line: 2, message: "expected 'functions' to be a map, found the number 12" },
      {
        file: 'serverless.yml',
        line: 4,
        message: "expected 'Resources' to be a map of logical ids to resources, found a list"
      }
    ])
  })

  test('sections taken from other files are skipped, not errors', () => {
    const out = parseService(`provider:
  name: aws
functions: \${file(./functions.yml)}
resources:
  - \${file(./resources/tables.yml)}
  - Resources:
      Queue:
        Type: AWS::SQS::Queue
`)
    expect(out.errors).toEqual([])
    expect(out.resources.map(r => r.address)).toEqual(['provider', 'Queue'])
    expect(out.skipped).toEqual([
      { file: 'serverless.yml', reason: "'functions' from `${file(./functions.yml)}` is not read" },
      { file: 'serverless.yml', reason: "'resources' from `${file(./resources/tables.yml)}` is not read" }
    ])
  })

  test('a file that is not a map, or not text', () => {
    expect(parseService('- a\n').errors).toEqual([
      {
        file: 'serverless.yml',
        line: 1,
        message: "expected a service (a map with 'service', 'provider' and 'functions'), found a list"
      }
    ])
    expect(parseService('service: \u0000\n').errors).toEqual([
      {
        file: 'serverless.yml',
        line: 1,
        message: 'expected UTF-8 text, found a NUL byte (is this a binary file?)'
      }
    ])
  })
})
