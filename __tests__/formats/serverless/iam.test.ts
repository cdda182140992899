import { describe, expect, test } from '@jest/globals'
import type { MapValue } from '../../../src/model.js'
import { toPlain } from '../../../src/values.js'
import { at, parseOk, resource, span } from './helpers.js'

const OLD_LAYOUT = `provider:
  name: aws
  iamRoleStatements:
    - Effect: Allow
      Action: s3:GetObject
      Resource: arn:aws:s3:::reports/*
  iamManagedPolicies:
    - arn:aws:iam::aws:policy/ReadOnlyAccess
  rolePermissionsBoundary: arn:aws:iam::123456789012:policy/boundary
  cfnRole: arn:aws:iam::123456789012:role/deployer
`

const NEW_LAYOUT = `provider:
  name: aws
  iam:
    role:
      statements:
        - Effect: Allow
          Action: s3:GetObject
          Resource: arn:aws:s3:::reports/*
      managedPolicies:
        - arn:aws:iam::aws:policy/ReadOnlyAccess
      permissionsBoundary: arn:aws:iam::123456789012:policy/boundary
    deploymentRole: arn:aws:iam::123456789012:role/deployer
`

const EXPECTED = {
  name: 'aws',
  iam: {
    role: {
      statements: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }],
      managedPolicies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
      permissionsBoundary: 'arn:aws:iam::123456789012:policy/boundary'
    },
    deploymentRole: 'arn:aws:iam::123456789012:role/deployer'
  }
}

describe('IAM settings in one place', () => {
  test('the older provider settings are read under iam.role, as the current layout writes them', () => {
    expect(toPlain(resource(parseOk(OLD_LAYOUT), 'provider').body)).toEqual(EXPECTED)
    expect(toPlain(resource(parseOk(NEW_LAYOUT), 'provider').body)).toEqual(EXPECTED)
  })

  test('moved statements keep their own spans', () => {
    const body = resource(parseOk(OLD_LAYOUT), 'provider').body
    expect(at(body, 'iam.role.statements.0.Action').span).toEqual(span(5, 15, 5, 26))
    expect((at(body, 'iam.role') as MapValue).keySpans?.get('statements')).toEqual(span(3, 3, 3, 19))
  })

  test('both layouts at once: the statements are joined', () => {
    const body = resource(
      parseOk(`provider:
  name: aws
  iam:
    role:
      statements:
        - { Effect: Allow, Action: sqs:SendMessage, Resource: '*' }
  iamRoleStatements:
    - { Effect: Allow, Action: 's3:*', Resource: '*' }
`),
      'provider'
    ).body
    expect(toPlain(at(body, 'iam.role.statements'))).toEqual([
      { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' },
      { Effect: 'Allow', Action: 's3:*', Resource: '*' }
    ])
    expect(body.entries.has('iamRoleStatements')).toBe(false)
  })

  test('a role given by ARN keeps it; older statements stay where they are, as no role of the file gets them', () => {
    const body = resource(
      parseOk(`provider:
  name: aws
  iam:
    role: arn:aws:iam::123456789012:role/shared
  iamRoleStatements:
    - { Effect: Allow, Action: 's3:*', Resource: '*' }
`),
      'provider'
    ).body
    expect(toPlain(at(body, 'iam.role'))).toBe('arn:aws:iam::123456789012:role/shared')
    expect(toPlain(at(body, 'iamRoleStatements.0.Action'))).toBe('s3:*')
  })

  test('an older provider role becomes iam.role', () => {
    const body = resource(parseOk('provider:\n  name: aws\n  role: arn:aws:iam::1:role/r\n'), 'provider').body
    expect(toPlain(body)).toEqual({ name: 'aws', iam: { role: 'arn:aws:iam::1:role/r' } })
  })

  test("a function's own statements (per-function roles) are read the same way", () => {
    const resources = parseOk(`provider:
  name: aws
functions:
  reader:
    handler: r.handler
    iamRoleStatements:
      - Effect: Allow
        Action: dynamodb:GetItem
        Resource: !GetAtt Table.Arn
resources:
  Resources:
    Table:
      Type: AWS::DynamoDB::Table
`)
    const reader = resource(resources, 'functions.reader').body
    expect(toPlain(at(reader, 'iam.role.statements.0.Action'))).toBe('dynamodb:GetItem')
    expect(at(reader, 'iam.role.statements.0.Resource')).toMatchObject({
      kind: 'unknown',
      expr: '!GetAtt Table.Arn',
      refs: ['Table']
    })
  })
})
