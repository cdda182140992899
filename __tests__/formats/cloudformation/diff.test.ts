import { describe, expect, test } from '@jest/globals'
import { scanTexts } from '../../helpers/scan-texts.js'

const BASE = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Retention: { Type: Number, Default: 7 }
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration:
        Status: Enabled
      Tags:
        - Key: team
          Value: data
  Jobs:
    Type: AWS::SQS::Queue
    Properties:
      MessageRetentionPeriod: !Ref Retention
`

const HEAD = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Retention: { Type: Number, Default: 7 }
Resources:
  Alerts:
    Type: AWS::SNS::Topic
  Data:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration:
        Status: Suspended
      Tags:
        - Key: team
          Value: data
`

describe('base and head of a template', () => {
  test('a changed property, an added and a removed resource', async () => {
    const report = await scanTexts({ 'stack/template.yaml': BASE }, { 'stack/template.yaml': HEAD })
    expect(report.errors).toEqual([])
    const changes = report.changes.map(c => [
      c.change,
      c.address,
      c.type,
      c.format,
      c.line,
      c.endLine,
      c.attributes
    ])
    expect(changes).toEqual(
      expect.arrayContaining([
        ['added', 'Alerts', 'AWS::SNS::Topic', 'cloudformation', 5, 6, []],
        ['modified', 'Data', 'AWS::S3::Bucket', 'cloudformation', 7, 14, ['VersioningConfiguration.Status']],
        ['removed', 'Jobs', 'AWS::SQS::Queue', 'cloudformation', 13, 16, []]
      ])
    )
    expect(changes).toHaveLength(3)
  })

  test('moving resources and switching YAML short forms for long forms is no change', async () => {
    const moved = HEAD.replace('  Alerts:\n    Type: AWS::SNS::Topic\n', '').concat(
      '  Alerts:\n    Type: AWS::SNS::Topic\n    Properties:\n      DisplayName: { "Fn::Sub": "${AWS::StackName}" }\n'
    )
    const head = moved.replace(
      '      DisplayName: { "Fn::Sub": "${AWS::StackName}" }\n',
      "      DisplayName: !Sub '${AWS::StackName}'\n"
    )
    const report = await scanTexts({ 'template.yaml': moved }, { 'template.yaml': head })
    expect(report.changes).toEqual([])
  })

  test('a parameter default that changes changes the resources that use it', async () => {
    const report = await scanTexts(
      { 'template.yaml': BASE },
      { 'template.yaml': BASE.replace('Default: 7', 'Default: 14') }
    )
    expect(report.changes.map(c => [c.change, c.address, c.attributes])).toEqual([
      ['modified', 'Jobs', ['MessageRetentionPeriod']]
    ])
  })

  test('a resource attribute that changes is listed under its reserved key', async () => {
    const head = BASE.replace(
      '    Type: AWS::S3::Bucket\n',
      '    Type: AWS::S3::Bucket\n    DeletionPolicy: Retain\n'
    )
    const report = await scanTexts({ 'template.yaml': BASE }, { 'template.yaml': head })
    expect(report.changes.map(c => [c.change, c.address, c.attributes])).toEqual([
      ['modified', 'Data', ['$DeletionPolicy']]
    ])
  })
})
