import { describe, expect, test } from '@jest/globals'
import type { MapValue, Value } from '../../../src/model.js'
import { toPlain, UNKNOWN } from '../../../src/values.js'
import { at, parseOk, resource, span } from './helpers.js'

/** The provider's `value` after `custom` and the rest of the file. */
function providerValue(value: string, extra = ''): Value {
  const text = `custom:
  stage: prod
  name: orders-\${self:custom.stage}
  memory: 1024
  key: stage
  tags: { team: data, cost: shared }
  loopA: \${self:custom.loopB}
  loopB: \${self:custom.loopA}
provider:
  name: aws
  stage: \${opt:stage, 'dev'}
  value: ${value}
${extra}`
  return at(resource(parseOk(text), 'provider').body, 'value')
}

describe('serverless variables', () => {
  test.each([
    ['self:custom', '${self:custom.stage}', 'prod'],
    ['a variable in the value it reads', '${self:custom.name}', 'orders-prod'],
    ['inside text', 'table-${self:custom.name}-${self:custom.memory}', 'table-orders-prod-1024'],
    ['a number stays a number', '${self:custom.memory}', 1024],
    ['a map', '${self:custom.tags}', { team: 'data', cost: 'shared' }],
    ['self:provider', '${self:provider.name}', 'aws'],
    ['a fallback when the file does not set it', "${self:custom.missing, 'fallback'}", 'fallback'],
    ['a fallback to another self source', '${self:custom.missing, self:custom.stage}', 'prod'],
    ['a numeric fallback', '${self:custom.missing, 3}', 3],
    ['a CLI option, even with a fallback', "${opt:stage, 'dev'}", UNKNOWN],
    ['a value that reads a CLI option', '${self:provider.stage}', UNKNOWN],
    ['an environment variable', '${env:TABLE_NAME}', UNKNOWN],
    ['an SSM parameter', '${ssm:/orders/table}', UNKNOWN],
    ['another file', '${file(./config.yml):table}', UNKNOWN],
    ['the framework', '${sls:stage}', UNKNOWN],
    ['text with an unknown part', 'orders-${opt:stage}', UNKNOWN],
    ['a nested variable that cannot be settled', '${self:custom.${opt:stage}}', UNKNOWN],
    ['a nested variable that can', '${self:custom.${self:custom.key}}', 'prod'],
    ['a cycle', '${self:custom.loopA}', UNKNOWN],
    ['no source at all', '${self:custom.missing}', UNKNOWN]
  ])('%s', (_, written, expected) => {
    expect(toPlain(providerValue(written))).toEqual(expected)
  })

  test('an unknown keeps the written text as its expression', () => {
    expect(providerValue('orders-${opt:stage}')).toMatchObject({
      kind: 'unknown',
      expr: 'orders-${opt:stage}'
    })
  })

  test('a resolved value points at where the variable is used', () => {
    const value = providerValue('${self:custom.tags}')
    expect(value.span).toEqual(span(12, 10, 12, 28))
    expect(at(value as MapValue, 'team').span).toEqual(span(12, 10, 12, 28))
  })

  test("CloudFormation's own ${…} in Fn::Sub is left to CloudFormation", () => {
    const resources = parseOk(`custom:
  prefix: orders
provider:
  name: aws
resources:
  Resources:
    Bucket:
      Type: AWS::S3::Bucket
      Properties:
        BucketName: !Sub '\${self:custom.prefix}-\${AWS::AccountId}'
        Other: !Sub '\${self:custom.prefix}-\${Suffix}'
  Parameters:
    Suffix: { Type: String, Default: logs }
`)
    const body = resource(resources, 'Bucket').body
    expect(at(body, 'BucketName')).toMatchObject({ kind: 'unknown', expr: '!Sub "orders-${AWS::AccountId}"' })
    expect(toPlain(at(body, 'Other'))).toBe('orders-logs')
  })
})
