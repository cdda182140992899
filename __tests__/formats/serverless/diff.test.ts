import { describe, expect, test } from '@jest/globals'
import { scanTexts } from '../../helpers/scan-texts.js'

const BASE = `service: orders
provider:
  name: aws
  runtime: nodejs18.x
functions:
  create:
    handler: create.handler
  remove:
    handler: remove.handler
resources:
  Resources:
    Table:
      Type: AWS::DynamoDB::Table
      Properties:
        BillingMode: PAY_PER_REQUEST
`

describe('base and head of serverless.yml', () => {
  test('a provider runtime upgrade changes the provider and every function that inherits it', async () => {
    const head = BASE.replace('nodejs18.x', 'nodejs22.x')
    const report = await scanTexts({ 'serverless.yml': BASE }, { 'serverless.yml': head })
    expect(report.errors).toEqual([])
    const changes = report.changes.map(c => [c.change, c.format, c.type, c.address, c.attributes])
    expect(changes).toEqual(
      expect.arrayContaining([
        ['modified', 'serverless', 'provider', 'provider', ['runtime']],
        ['modified', 'serverless', 'function', 'functions.create', ['runtime']],
        ['modified', 'serverless', 'function', 'functions.remove', ['runtime']]
      ])
    )
    expect(changes).toHaveLength(3)
  })

  test('an added function, a removed one, and a changed CloudFormation resource', async () => {
    const head = BASE.replace(
      '  remove:\n    handler: remove.handler\n',
      '  list:\n    handler: list.handler\n'
    ).replace('PAY_PER_REQUEST', 'PROVISIONED')
    const report = await scanTexts({ 'serverless.yml': BASE }, { 'serverless.yml': head })
    const changes = report.changes.map(c => [c.change, c.format, c.address, c.line, c.attributes])
    expect(changes).toEqual(
      expect.arrayContaining([
        ['added', 'serverless', 'functions.list', 8, []],
        ['removed', 'serverless', 'functions.remove', 8, []],
        ['modified', 'cloudformation', 'Table', 12, ['BillingMode']]
      ])
    )
    expect(changes).toHaveLength(3)
  })
})
