import { describe, expect, test } from '@jest/globals'
import { scanTexts } from '../helpers/scan-texts.js'

/** Responsibility shifts through the whole pipeline: sources, parsers, diff and report. */
describe('shifts in a scanned pull request', () => {
  test('Terraform: a database on EC2 replaced by RDS, and a function set to Manual runtime updates', async () => {
    const fn = [
      'resource "aws_lambda_function" "api" {',
      '  function_name = "api"',
      '  role          = "arn:aws:iam::123456789012:role/api"',
      '  runtime       = "python3.13"',
      '  handler       = "app.handler"',
      '  filename      = "api.zip"',
      '}'
    ]
    const base = {
      'db/main.tf': [
        'resource "aws_instance" "db" {',
        '  ami           = "ami-0123456789abcdef0"',
        '  instance_type = "t3.large"',
        '  user_data     = "apt-get install -y postgresql-16"',
        '}'
      ].join('\n'),
      'fn/main.tf': fn.join('\n')
    }
    const head = {
      'db/main.tf': [
        'resource "aws_db_instance" "orders" {',
        '  engine            = "postgres"',
        '  instance_class    = "db.t3.large"',
        '  allocated_storage = 20',
        '  storage_encrypted = true',
        '}'
      ].join('\n'),
      'fn/main.tf': [
        ...fn,
        'resource "aws_lambda_runtime_management_config" "api" {',
        '  function_name     = aws_lambda_function.api.function_name',
        '  update_runtime_on = "Manual"',
        '}'
      ].join('\n')
    }
    const report = await scanTexts(base, head)
    // In report order: by place, then row.
    expect(report.shifts.map(s => [s.address, s.file, s.line, s.row, s.from, s.to])).toEqual([
      ['aws_db_instance.orders', 'db/main.tf', 1, 'database-patching', 'customer', 'aws'],
      ['aws_db_instance.orders', 'db/main.tf', 1, 'guest-os-patching', 'customer', 'aws'],
      ['aws_lambda_runtime_management_config.api', 'fn/main.tf', 10, 'guest-os-patching', 'aws', 'customer']
    ])
    expect(report.shifts[0]?.explanation).toBe(
      'aws_db_instance.orders in db/main.tf line 1 replaces aws_instance.db (removed from db/main.tf line 1), ' +
        'with "postgres" in its user_data (line 4): AWS patches the managed engine and the operating system under it, ' +
        'so database patching moves from you to AWS.'
    )
  })

  test('CloudFormation: automatic minor upgrades turned off, and EC2 nodes replaced by an EKS Fargate profile', async () => {
    const template = (upgrades: string, compute: string[]) =>
      [
        'AWSTemplateFormatVersion: "2010-09-09"',
        'Resources:',
        '  Orders:',
        '    Type: AWS::RDS::DBInstance',
        '    Properties:',
        '      Engine: postgres',
        '      DBInstanceClass: db.t3.medium',
        `      AutoMinorVersionUpgrade: ${upgrades}`,
        ...compute
      ].join('\n')
    const nodes = [
      '  Nodes:',
      '    Type: AWS::AutoScaling::AutoScalingGroup',
      '    Properties:',
      '      MinSize: "2"',
      '      MaxSize: "4"',
      '      Tags:',
      '        - Key: kubernetes.io/cluster/prod',
      '          Value: owned',
      '          PropagateAtLaunch: true'
    ]
    const pods = [
      '  Pods:',
      '    Type: AWS::EKS::FargateProfile',
      '    Properties:',
      '      ClusterName: prod',
      '      PodExecutionRoleArn: arn:aws:iam::123456789012:role/pods',
      '      Selectors:',
      '        - Namespace: default'
    ]
    const report = await scanTexts(
      { 'stack/app.yaml': template('true', nodes) },
      { 'stack/app.yaml': template('false', pods) }
    )
    expect(report.shifts.map(s => [s.address, s.line, s.row, s.from, s.to])).toEqual([
      ['Orders', 8, 'database-patching', 'aws', 'customer'],
      ['Pods', 9, 'guest-os-patching', 'customer', 'aws']
    ])
    expect(report.shifts[0]?.explanation).toBe(
      'Orders in stack/app.yaml line 8 sets AutoMinorVersionUpgrade = false (was true): AWS no longer applies minor ' +
        'engine versions automatically, so database patching moves from AWS to you.'
    )
  })

  test('serverless.yml: a provider runtime that AWS deprecated, and manual runtime updates', async () => {
    const service = (runtime: string, mode: string) =>
      [
        'service: orders',
        'provider:',
        '  name: aws',
        `  runtime: ${runtime}`,
        `  runtimeManagement: ${mode}`,
        'functions:',
        '  create:',
        '    handler: create.handler'
      ].join('\n')
    const report = await scanTexts(
      { 'svc/serverless.yml': service('nodejs22.x', 'auto') },
      { 'svc/serverless.yml': service('nodejs16.x', 'manual') }
    )
    expect(report.shifts.map(s => [s.address, s.line, s.row, s.from, s.to])).toEqual([
      ['functions.create', 4, 'guest-os-patching', 'aws', 'customer'],
      ['functions.create', 5, 'guest-os-patching', 'aws', 'customer']
    ])
    expect(report.shifts.map(s => s.explanation)).toEqual([
      'functions.create in svc/serverless.yml line 4 sets runtime = "nodejs16.x" (was "nodejs22.x"): AWS no longer ' +
        'patches a deprecated runtime, so guest OS patching moves from AWS to you.',
      'functions.create in svc/serverless.yml line 5 inherits runtimeManagement = "manual" from provider (was "auto" ' +
        'from provider): Lambda no longer applies runtime updates to a function pinned to its runtime version, so guest ' +
        'OS patching moves from AWS to you.'
    ])
  })
})
