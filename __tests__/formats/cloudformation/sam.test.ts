import { describe, expect, test } from '@jest/globals'
import { toPlain } from '../../../src/values.js'
import { at, parseOk, parseTemplate, resource, span } from './helpers.js'

const SAM = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Parameters:
  Stage: { Type: String, Default: dev }
Globals:
  Function:
    Runtime: nodejs20.x
    Timeout: 10
    Tracing: Active
    Environment:
      Variables:
        STAGE: !Ref Stage
        TABLE: shared
    Layers:
      - arn:aws:lambda:eu-west-1:123456789012:layer:common:3
  Api:
    TracingEnabled: true
Resources:
  Orders:
    Type: AWS::Serverless::Function
    Properties:
      Handler: orders.handler
      Timeout: 30
      Environment:
        Variables:
          TABLE: !Ref OrdersTable
      Layers:
        - !Ref OrdersLayer
      Policies:
        - DynamoDBCrudPolicy:
            TableName: !Ref OrdersTable
      Events:
        Get:
          Type: Api
          Properties:
            Path: /orders
            Method: get
            RestApiId: !Ref OrdersApi
  Legacy:
    Type: AWS::Serverless::Function
    Properties:
      Handler: legacy.handler
      Runtime: python3.8
  OrdersApi:
    Type: AWS::Serverless::Api
    Properties:
      StageName: !Ref Stage
      Auth:
        DefaultAuthorizer: AWS_IAM
  OrdersTable:
    Type: AWS::Serverless::SimpleTable
    Properties:
      SSESpecification:
        SSEEnabled: true
  OrdersLayer:
    Type: AWS::Serverless::LayerVersion
    Properties:
      ContentUri: layer/
      CompatibleRuntimes: [nodejs20.x]
  Workflow:
    Type: AWS::Serverless::StateMachine
    Properties:
      Tracing: { Enabled: true }
  Child:
    Type: AWS::Serverless::Application
    Properties:
      Location: { ApplicationId: 'arn:aws:serverlessrepo:us-east-1:123456789012:applications/x', SemanticVersion: 1.0.0 }
  Site:
    Type: AWS::S3::Bucket
`

describe('SAM templates', () => {
  test('every SAM resource type is a resource, with its SAM properties', () => {
    const resources = parseOk(SAM)
    expect(resources.map(r => [r.type, r.address])).toEqual([
      ['AWS::Serverless::Function', 'Orders'],
      ['AWS::Serverless::Function', 'Legacy'],
      ['AWS::Serverless::Api', 'OrdersApi'],
      ['AWS::Serverless::SimpleTable', 'OrdersTable'],
      ['AWS::Serverless::LayerVersion', 'OrdersLayer'],
      ['AWS::Serverless::StateMachine', 'Workflow'],
      ['AWS::Serverless::Application', 'Child'],
      ['AWS::S3::Bucket', 'Site']
    ])
    expect(toPlain(resource(resources, 'OrdersTable').body)).toEqual({
      SSESpecification: { SSEEnabled: true }
    })
  })

  test('Globals merge into each resource of their type: scalars of the resource win, maps merge, lists join', () => {
    const resources = parseOk(SAM)
    const orders = resource(resources, 'Orders').body
    expect(toPlain(at(orders, 'Runtime'))).toBe('nodejs20.x')
    expect(toPlain(at(orders, 'Timeout'))).toBe(30)
    expect(toPlain(at(orders, 'Tracing'))).toBe('Active')
    expect(toPlain(at(orders, 'Environment.Variables.STAGE'))).toBe('dev')
    expect(at(orders, 'Environment.Variables.TABLE')).toMatchObject({
      kind: 'unknown',
      refs: ['OrdersTable']
    })
    expect(toPlain(at(orders, 'Layers.0'))).toBe('arn:aws:lambda:eu-west-1:123456789012:layer:common:3')
    expect(at(orders, 'Layers.1')).toMatchObject({ kind: 'unknown', refs: ['OrdersLayer'] })
    expect(toPlain(at(resource(resources, 'Legacy').body, 'Runtime'))).toBe('python3.8')
    expect(toPlain(at(resource(resources, 'OrdersApi').body, 'TracingEnabled'))).toBe(true)
    expect(resource(resources, 'OrdersTable').body.entries.has('Runtime')).toBe(false)
    expect(resource(resources, 'Site').body.entries.size).toBe(0)
  })

  test('a value from Globals points at the Globals line, an own value at its own', () => {
    const orders = resource(parseOk(SAM), 'Orders').body
    expect(at(orders, 'Runtime').span).toEqual(span(7, 14, 7, 23))
    expect(orders.keySpans?.get('Runtime')).toEqual(span(7, 5, 7, 11))
    expect(at(orders, 'Timeout').span).toEqual(span(23, 16, 23, 17))
    expect(at(orders, 'Environment.Variables.STAGE').span).toEqual(span(12, 16, 12, 25))
  })

  test('a malformed Globals section is an error; the resources still parse', () => {
    const out = parseTemplate(`Transform: AWS::Serverless-2016-10-31
Globals:
  Function: [not, a, map]
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
`)
    expect(out.errors).toEqual([
      {
        file: 'template.yaml',
        line: 3,
        message: "expected 'Globals.Function' to be a map of properties, found a list"
      }
    ])
    expect(toPlain(out.resources[0]!.body)).toEqual({ Runtime: 'python3.12' })
  })
})
