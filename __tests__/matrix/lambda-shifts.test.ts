import { describe, expect, test } from '@jest/globals'
import { detectShifts } from '../../src/matrix/index.js'
import {
  cfnResource,
  parseServerless,
  parseTemplate,
  parseTerraform,
  resource,
  slsResource,
  unknown,
  type Input
} from './build-resource.js'
import { realMatrix } from './real-rules.js'

const matrix = realMatrix()

function moves(shifts: ReturnType<typeof detectShifts>) {
  return shifts.map(s => [s.row, s.from, s.to])
}

function tfShifts(type: string, before: Record<string, Input>, after: Record<string, Input>) {
  return detectShifts(matrix, [resource(type, 'main', before)], [resource(type, 'main', after)])
}

function cfnShifts(type: string, before: Record<string, Input>, after: Record<string, Input>) {
  return detectShifts(matrix, [cfnResource(type, 'Fn', before)], [cfnResource(type, 'Fn', after)])
}

describe('deprecated Lambda runtimes', () => {
  const lambda = (runtime: Input) => ({ function_name: 'f', handler: 'app.handler', runtime })

  test('moving onto a deprecated runtime moves runtime patching (guest OS) from AWS to the customer', () => {
    const shifts = tfShifts('aws_lambda_function', lambda('python3.12'), lambda('python3.8'))
    expect(shifts).toEqual([
      expect.objectContaining({
        row: 'guest-os-patching',
        from: 'aws',
        to: 'customer',
        line: 4,
        address: 'aws_lambda_function.main'
      })
    ])
    expect(shifts[0]?.explanation).toBe(
      'aws_lambda_function.main in db/main.tf line 4 sets runtime = "python3.8" (was "python3.12"): ' +
        'AWS no longer patches a deprecated runtime, so guest OS patching moves from AWS to you.'
    )
  })

  test('moving off it moves runtime patching back to AWS', () => {
    const shifts = tfShifts('aws_lambda_function', lambda('nodejs16.x'), lambda('nodejs22.x'))
    expect(moves(shifts)).toEqual([['guest-os-patching', 'customer', 'aws']])
  })

  test.each([
    ['java8', 'customer'],
    ['go1.x', 'customer'],
    ['dotnetcore3.1', 'customer'],
    ['dotnet7', 'customer'],
    ['ruby2.7', 'customer'],
    ['provided', 'customer'],
    ['provided.al2', 'aws'],
    ['java8.al2', 'aws'],
    ['python3.9', 'customer'],
    ['nodejs18.x', 'customer'],
    ['python3.13', 'aws']
  ])('from python3.12 to %s puts runtime patching with %s', (runtime, side) => {
    const shifts = tfShifts('aws_lambda_function', lambda('python3.12'), lambda(runtime))
    expect(shifts.map(s => s.to)).toEqual(side === 'aws' ? [] : ['customer'])
  })

  test('from one deprecated runtime to another, or to an unknown one, nothing moves', () => {
    expect(tfShifts('aws_lambda_function', lambda('python3.7'), lambda('python3.8'))).toEqual([])
    expect(tfShifts('aws_lambda_function', lambda('python3.12'), lambda(unknown('var.runtime')))).toEqual([])
  })

  test.each(['AWS::Lambda::Function', 'AWS::Serverless::Function'])(
    'Runtime of %s, both directions',
    type => {
      expect(moves(cfnShifts(type, { Runtime: 'nodejs22.x' }, { Runtime: 'nodejs16.x' }))).toEqual([
        ['guest-os-patching', 'aws', 'customer']
      ])
      expect(moves(cfnShifts(type, { Runtime: 'nodejs16.x' }, { Runtime: 'nodejs22.x' }))).toEqual([
        ['guest-os-patching', 'customer', 'aws']
      ])
    }
  )

  test('a SAM runtime set in Globals counts for every function, and points at the Globals line', () => {
    const template = (runtime: string) =>
      parseTemplate(
        [
          'Transform: AWS::Serverless-2016-10-31',
          'Globals:',
          '  Function:',
          `    Runtime: ${runtime}`,
          'Resources:',
          '  Api:',
          '    Type: AWS::Serverless::Function',
          '    Properties:',
          '      Handler: app.handler'
        ].join('\n')
      )
    const shifts = detectShifts(matrix, template('python3.12'), template('python3.8'))
    expect(shifts.map(s => [s.address, s.line, s.from, s.to])).toEqual([['Api', 4, 'aws', 'customer']])
    expect(shifts[0]?.explanation).toBe(
      'Api in stack/template.yaml line 4 sets Runtime = "python3.8" (was "python3.12"): ' +
        'AWS no longer patches a deprecated runtime, so guest OS patching moves from AWS to you.'
    )
  })

  test('a serverless.yml function takes the provider runtime, both directions', () => {
    const service = (runtime: string) =>
      parseServerless(
        [
          'service: orders',
          'provider:',
          '  name: aws',
          `  runtime: ${runtime}`,
          'functions:',
          '  create:',
          '    handler: create.handler'
        ].join('\n')
      )
    const off = detectShifts(matrix, service('nodejs22.x'), service('nodejs18.x'))
    expect(off.map(s => [s.address, s.file, s.line, s.from, s.to])).toEqual([
      ['functions.create', 'svc/serverless.yml', 4, 'aws', 'customer']
    ])
    expect(moves(detectShifts(matrix, service('nodejs18.x'), service('nodejs22.x')))).toEqual([
      ['guest-os-patching', 'customer', 'aws']
    ])
  })

  test('the serverless provider itself is not a function', () => {
    const before = slsResource('provider', 'provider', { runtime: 'nodejs22.x' })
    const after = slsResource('provider', 'provider', { runtime: 'nodejs16.x' })
    expect(detectShifts(matrix, [before], [after])).toEqual([])
  })
})

describe('Lambda runtime updates', () => {
  const tfFunction = [
    'resource "aws_lambda_function" "api" {',
    '  function_name = "api"',
    '  runtime       = "python3.12"',
    '  handler       = "app.handler"',
    '}'
  ]
  const tfConfig = (mode: string) => [
    'resource "aws_lambda_runtime_management_config" "api" {',
    '  function_name     = aws_lambda_function.api.function_name',
    `  update_runtime_on = "${mode}"`,
    '}'
  ]
  const tf = (...lines: string[][]) => parseTerraform(lines.flat().join('\n'), 'fn')

  test('Terraform: adding a Manual runtime management config moves guest OS patching to the customer', () => {
    const shifts = detectShifts(matrix, tf(tfFunction), tf(tfFunction, tfConfig('Manual')))
    expect(shifts).toEqual([
      {
        row: 'guest-os-patching',
        from: 'aws',
        to: 'customer',
        file: 'fn/main.tf',
        line: 8,
        address: 'aws_lambda_runtime_management_config.api',
        explanation:
          'aws_lambda_runtime_management_config.api in fn/main.tf line 8 sets update_runtime_on = "Manual" ' +
          'for aws_lambda_function.api (was not configured, default "Auto"): Lambda no longer applies runtime ' +
          'updates to a function pinned to its runtime version, so guest OS patching moves from AWS to you.'
      }
    ])
  })

  test('Terraform: removing it puts the function back on Auto, on the function', () => {
    const shifts = detectShifts(matrix, tf(tfFunction, tfConfig('Manual')), tf(tfFunction))
    expect(shifts.map(s => [s.address, s.line, s.from, s.to])).toEqual([
      ['aws_lambda_function.api', 1, 'customer', 'aws']
    ])
    expect(shifts[0]?.explanation).toBe(
      'aws_lambda_function.api in fn/main.tf line 1 loses aws_lambda_runtime_management_config.api ' +
        '(removed from fn/main.tf line 6) with update_runtime_on = "Manual", which leaves the default "Auto": ' +
        'Lambda applies runtime updates again, so guest OS patching moves from you to AWS.'
    )
  })

  test('Terraform: changing the mode of a kept config, both directions', () => {
    expect(
      moves(detectShifts(matrix, tf(tfFunction, tfConfig('Auto')), tf(tfFunction, tfConfig('Manual'))))
    ).toEqual([['guest-os-patching', 'aws', 'customer']])
    expect(
      moves(
        detectShifts(matrix, tf(tfFunction, tfConfig('Manual')), tf(tfFunction, tfConfig('FunctionUpdate')))
      )
    ).toEqual([['guest-os-patching', 'customer', 'aws']])
    expect(
      detectShifts(matrix, tf(tfFunction, tfConfig('Auto')), tf(tfFunction, tfConfig('FunctionUpdate')))
    ).toEqual([])
  })

  test('Terraform: a config for a new function, for a function named by a plain string, or with an unknown mode claims nothing', () => {
    expect(detectShifts(matrix, [], tf(tfFunction, tfConfig('Manual')))).toEqual([])
    const byName = [
      'resource "aws_lambda_runtime_management_config" "api" {',
      '  function_name     = "api"',
      '  update_runtime_on = "Manual"',
      '}'
    ]
    expect(detectShifts(matrix, tf(tfFunction), tf(tfFunction, byName))).toEqual([])
    const fromVariable = [
      'resource "aws_lambda_runtime_management_config" "api" {',
      '  function_name     = aws_lambda_function.api.function_name',
      '  update_runtime_on = var.mode',
      '}'
    ]
    expect(detectShifts(matrix, tf(tfFunction), tf(tfFunction, fromVariable))).toEqual([])
  })

  test.each(['AWS::Lambda::Function', 'AWS::Serverless::Function'])(
    'RuntimeManagementConfig.UpdateRuntimeOn of %s: Manual to the customer, Auto or FunctionUpdate back',
    type => {
      const mode = (value: string) => ({
        Runtime: 'python3.12',
        RuntimeManagementConfig: { UpdateRuntimeOn: value }
      })
      expect(moves(cfnShifts(type, { Runtime: 'python3.12' }, mode('Manual')))).toEqual([
        ['guest-os-patching', 'aws', 'customer']
      ])
      expect(moves(cfnShifts(type, mode('Manual'), mode('FunctionUpdate')))).toEqual([
        ['guest-os-patching', 'customer', 'aws']
      ])
      expect(moves(cfnShifts(type, mode('Manual'), mode('Auto')))).toEqual([
        ['guest-os-patching', 'customer', 'aws']
      ])
      expect(cfnShifts(type, mode('Manual'), { Runtime: 'python3.12' })).toEqual([])
    }
  )

  test('CloudFormation: the sentence names the nested property path', () => {
    const shifts = cfnShifts(
      'AWS::Lambda::Function',
      {},
      { RuntimeManagementConfig: { UpdateRuntimeOn: 'Manual' } }
    )
    expect(shifts[0]?.explanation).toBe(
      'Fn in stack/template.yaml line 2 sets RuntimeManagementConfig.UpdateRuntimeOn = "Manual" (was unset, default "Auto"): ' +
        'Lambda no longer applies runtime updates to a function pinned to its runtime version, so guest OS patching moves from AWS to you.'
    )
  })

  const service = (providerMode: string | undefined, functionMode: string | undefined) =>
    parseServerless(
      [
        'service: orders',
        'provider:',
        '  name: aws',
        '  runtime: nodejs22.x',
        ...(providerMode === undefined ? [] : [`  runtimeManagement: ${providerMode}`]),
        'functions:',
        '  create:',
        '    handler: create.handler',
        ...(functionMode === undefined ? [] : [`    runtimeManagement: ${functionMode}`])
      ].join('\n')
    )

  test('serverless.yml: a function set to manual, in either shape, moves guest OS patching to the customer', () => {
    expect(moves(detectShifts(matrix, service(undefined, undefined), service(undefined, 'manual')))).toEqual([
      ['guest-os-patching', 'aws', 'customer']
    ])
    const shifts = detectShifts(
      matrix,
      service(undefined, 'auto'),
      service(undefined, '{ mode: manual, arn: x }')
    )
    expect(shifts.map(s => [s.from, s.to, s.line])).toEqual([['aws', 'customer', 8]])
    expect(shifts[0]?.explanation).toContain('sets runtimeManagement.mode = "manual" (was "auto")')
  })

  test('serverless.yml: the provider setting applies to functions that do not set their own', () => {
    const shifts = detectShifts(matrix, service(undefined, undefined), service('manual', undefined))
    expect(shifts.map(s => [s.address, s.line, s.from, s.to])).toEqual([
      ['functions.create', 5, 'aws', 'customer']
    ])
    expect(shifts[0]?.explanation).toBe(
      'functions.create in svc/serverless.yml line 5 inherits runtimeManagement = "manual" from provider ' +
        '(was unset, default "auto"): Lambda no longer applies runtime updates to a function pinned to its runtime ' +
        'version, so guest OS patching moves from AWS to you.'
    )
    expect(detectShifts(matrix, service(undefined, 'auto'), service('manual', 'auto'))).toEqual([])
    expect(
      moves(detectShifts(matrix, service('manual', undefined), service('manual', 'onFunctionUpdate')))
    ).toEqual([['guest-os-patching', 'customer', 'aws']])
  })

  test('serverless.yml: dropping the setting claims nothing, an unknown one neither', () => {
    expect(detectShifts(matrix, service(undefined, 'manual'), service(undefined, undefined))).toEqual([])
    expect(detectShifts(matrix, service(undefined, undefined), service(undefined, '${opt:mode}'))).toEqual([])
  })
})

describe('Lambda package type', () => {
  test('Terraform: a .zip function turned into an image hands the operating system to the customer, and back', () => {
    const image = { package_type: 'Image', image_uri: 'x.dkr.ecr.us-east-1.amazonaws.com/app:1' }
    const zip = { runtime: 'python3.12', handler: 'app.handler' }
    const off = tfShifts('aws_lambda_function', zip, image)
    expect(moves(off)).toEqual([['guest-os-patching', 'aws', 'customer']])
    expect(off[0]?.explanation).toBe(
      'aws_lambda_function.main in db/main.tf line 2 sets package_type = "Image" (was unset, default "Zip"): ' +
        'a container image carries its own operating system and runtime, patched only when you rebuild it, ' +
        'so guest OS patching moves from AWS to you.'
    )
    expect(moves(tfShifts('aws_lambda_function', image, zip))).toEqual([
      ['guest-os-patching', 'customer', 'aws']
    ])
  })

  test.each(['AWS::Lambda::Function', 'AWS::Serverless::Function'])(
    'PackageType of %s, both directions',
    type => {
      expect(moves(cfnShifts(type, { PackageType: 'Zip' }, { PackageType: 'Image' }))).toEqual([
        ['guest-os-patching', 'aws', 'customer']
      ])
      expect(moves(cfnShifts(type, { PackageType: 'Image' }, {}))).toEqual([
        ['guest-os-patching', 'customer', 'aws']
      ])
      expect(cfnShifts(type, { PackageType: 'Image' }, { PackageType: unknown('!Ref Packaging') })).toEqual(
        []
      )
    }
  )
})
