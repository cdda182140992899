import { describe, expect, test } from '@jest/globals'
import { cloudformationParser } from '../../../src/formats/cloudformation/index.js'
import { toPlain } from '../../../src/values.js'
import { at, parseOk, resource, span } from './helpers.js'

const YAML = `AWSTemplateFormatVersion: '2010-09-09'
Description: A bucket and its policy
Resources:
  Logs:
    Type: AWS::S3::Bucket
    DeletionPolicy: Retain
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
      Tags:
        - Key: team
          Value: data
  LogsPolicy:
    Type: AWS::S3::BucketPolicy
    DependsOn: Logs
    Properties:
      Bucket: !Ref Logs
`

const JSON_TEMPLATE = `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "Logs": {
      "Type": "AWS::S3::Bucket",
      "DeletionPolicy": "Retain",
      "Properties": {
        "BucketEncryption": {
          "ServerSideEncryptionConfiguration": [
            { "ServerSideEncryptionByDefault": { "SSEAlgorithm": "aws:kms" } }
          ]
        },
        "Tags": [{ "Key": "team", "Value": "data" }]
      }
    },
    "LogsPolicy": {
      "Type": "AWS::S3::BucketPolicy",
      "DependsOn": "Logs",
      "Properties": { "Bucket": { "Ref": "Logs" } }
    }
  }
}
`

describe('the CloudFormation resource model', () => {
  test('one resource per entry of Resources: type, logical id as address, file as unit', () => {
    const resources = parseOk(YAML, 'infra/storage.yaml')
    expect(resources.map(r => [r.type, r.address, r.key, r.format, r.file])).toEqual([
      ['AWS::S3::Bucket', 'Logs', 'infra/storage.yaml//Logs', 'cloudformation', 'infra/storage.yaml'],
      [
        'AWS::S3::BucketPolicy',
        'LogsPolicy',
        'infra/storage.yaml//LogsPolicy',
        'cloudformation',
        'infra/storage.yaml'
      ]
    ])
    expect(cloudformationParser.unitOf('infra/storage.yaml')).toBe('infra/storage.yaml')
  })

  test('the body is the Properties map, with resource attributes under reserved keys', () => {
    const resources = parseOk(YAML)
    expect(toPlain(resource(resources, 'Logs').body)).toEqual({
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' } }]
      },
      Tags: [{ Key: 'team', Value: 'data' }],
      $DeletionPolicy: 'Retain'
    })
    const policy = resource(resources, 'LogsPolicy').body
    expect(toPlain(at(policy, '$DependsOn'))).toEqual(['Logs'])
    expect(at(policy, 'Bucket')).toMatchObject({ kind: 'unknown', expr: '!Ref Logs', refs: ['Logs'] })
  })

  test('YAML spans: the resource from its logical id to the end of its entry, every value exactly', () => {
    const resources = parseOk(YAML)
    const logs = resource(resources, 'Logs')
    expect(logs.span).toEqual(span(4, 3, 14, 21))
    expect(resource(resources, 'LogsPolicy').span).toEqual(span(15, 3, 19, 23))
    const sse =
      'BucketEncryption.ServerSideEncryptionConfiguration.0.ServerSideEncryptionByDefault.SSEAlgorithm'
    expect(at(logs.body, sse).span).toEqual(span(11, 29, 11, 35))
    expect(logs.body.keySpans?.get('BucketEncryption')).toEqual(span(8, 7, 8, 22))
    expect(at(logs.body, 'Tags.0.Value').span).toEqual(span(14, 18, 14, 21))
    expect(at(logs.body, '$DeletionPolicy').span).toEqual(span(6, 21, 6, 26))
    expect(logs.body.keySpans?.get('$DeletionPolicy')).toEqual(span(6, 5, 6, 18))
    expect(at(resource(resources, 'LogsPolicy').body, 'Bucket').span).toEqual(span(19, 15, 19, 23))
  })

  test('JSON spans: the resource from its quoted logical id, values at their tokens', () => {
    const resources = parseOk(JSON_TEMPLATE, 'storage.template.json')
    const logs = resource(resources, 'Logs')
    expect(logs.span).toEqual(span(4, 5, 15, 5))
    const sse =
      'BucketEncryption.ServerSideEncryptionConfiguration.0.ServerSideEncryptionByDefault.SSEAlgorithm'
    expect(at(logs.body, sse).span).toEqual(span(10, 66, 10, 74))
    expect(at(logs.body, 'Tags.0.Key').span).toEqual(span(13, 27, 13, 32))
    expect(at(resource(resources, 'LogsPolicy').body, 'Bucket').span).toEqual(span(19, 33, 19, 49))
  })

  test('YAML and JSON templates give the same model', () => {
    const yaml = parseOk(YAML)
    const json = parseOk(JSON_TEMPLATE, 'storage.template.json')
    expect(json.map(r => [r.type, r.address])).toEqual(yaml.map(r => [r.type, r.address]))
    json.forEach((r, i) => expect(toPlain(r.body)).toEqual(toPlain(yaml[i]!.body)))
    expect(at(resource(json, 'LogsPolicy').body, 'Bucket')).toMatchObject({
      kind: 'unknown',
      expr: '!Ref Logs',
      refs: ['Logs']
    })
  })

  test('a resource without Properties has an empty body spanning the resource', () => {
    const [queue] = parseOk('Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n')
    expect(queue!.body.entries.size).toBe(0)
    expect(queue!.span).toEqual(span(2, 3, 3, 25))
    expect(queue!.body.span).toEqual(queue!.span)
  })

  test('a resource with a Condition is still a resource; the condition is named in the body', () => {
    const [topic] = parseOk(`Conditions:
  IsProd: !Equals [!Ref Env, prod]
Parameters:
  Env: { Type: String }
Resources:
  Alerts:
    Type: AWS::SNS::Topic
    Condition: IsProd
    UpdateReplacePolicy: Snapshot
    Properties:
      TopicName: alerts
`)
    expect(topic!.address).toBe('Alerts')
    expect(toPlain(topic!.body)).toEqual({
      TopicName: 'alerts',
      $Condition: 'IsProd',
      $UpdateReplacePolicy: 'Snapshot'
    })
  })

  test('Custom:: and third-party types are resources too', () => {
    const resources = parseOk(`Resources:
  Seed:
    Type: Custom::SeedData
    Properties:
      ServiceToken: !GetAtt Seeder.Arn
  Seeder:
    Type: AWS::Lambda::Function
  Cluster:
    Type: MongoDB::Atlas::Cluster
`)
    expect(resources.map(r => r.type)).toEqual([
      'Custom::SeedData',
      'AWS::Lambda::Function',
      'MongoDB::Atlas::Cluster'
    ])
    expect(at(resource(resources, 'Seed').body, 'ServiceToken')).toMatchObject({
      kind: 'unknown',
      expr: '!GetAtt Seeder.Arn',
      refs: ['Seeder']
    })
  })
})

describe('CDK synth output', () => {
  const CDK = `{
 "Resources": {
  "DataBucketE3889A50": {
   "Type": "AWS::S3::Bucket",
   "Properties": {
    "PublicAccessBlockConfiguration": {
     "BlockPublicAcls": true,
     "BlockPublicPolicy": true
    },
    "VersioningConfiguration": { "Status": "Enabled" }
   },
   "UpdateReplacePolicy": "Retain",
   "DeletionPolicy": "Retain",
   "Metadata": { "aws:cdk:path": "DataStack/DataBucket/Resource" }
  },
  "DataBucketPolicy5A2D3B6C": {
   "Type": "AWS::S3::BucketPolicy",
   "Properties": {
    "Bucket": { "Ref": "DataBucketE3889A50" },
    "PolicyDocument": {
     "Statement": [
      {
       "Action": "s3:*",
       "Condition": { "Bool": { "aws:SecureTransport": "false" } },
       "Effect": "Deny",
       "Principal": { "AWS": "*" },
       "Resource": [
        { "Fn::GetAtt": ["DataBucketE3889A50", "Arn"] },
        { "Fn::Join": ["", [{ "Fn::GetAtt": ["DataBucketE3889A50", "Arn"] }, "/*"]] }
       ]
      }
     ],
     "Version": "2012-10-17"
    }
   },
   "Metadata": { "aws:cdk:path": "DataStack/DataBucket/Policy/Resource" }
  },
  "CDKMetadata": {
   "Type": "AWS::CDK::Metadata",
   "Properties": { "Analytics": "v2:deflate64:H4sIAAAAAAAA" },
   "Metadata": { "aws:cdk:path": "DataStack/CDKMetadata/Default" },
   "Condition": "CDKMetadataAvailable"
  }
 },
 "Conditions": {
  "CDKMetadataAvailable": {
   "Fn::Or": [{ "Fn::Equals": [{ "Ref": "AWS::Region" }, "eu-west-1"] }, { "Fn::Equals": [{ "Ref": "AWS::Region" }, "us-east-1"] }]
  }
 },
 "Parameters": {
  "BootstrapVersion": {
   "Type": "AWS::SSM::Parameter::Value<String>",
   "Default": "/cdk-bootstrap/hnb659fds/version",
   "Description": "Version of the CDK Bootstrap resources in this environment"
  }
 },
 "Rules": {
  "CheckBootstrapVersion": {
   "Assertions": [
    {
     "Assert": { "Fn::Not": [{ "Fn::Contains": [["1", "2", "3", "4", "5"], { "Ref": "BootstrapVersion" }] }] },
     "AssertDescription": "CDK bootstrap stack version 6 required."
    }
   ]
  }
 }
}
`

  test('a synthesized *.template.json parses; CDK metadata is left out of the model', () => {
    const resources = parseOk(CDK, 'cdk.out/DataStack.template.json')
    expect(resources.map(r => [r.type, r.address])).toEqual([
      ['AWS::S3::Bucket', 'DataBucketE3889A50'],
      ['AWS::S3::BucketPolicy', 'DataBucketPolicy5A2D3B6C']
    ])
    const bucket = resource(resources, 'DataBucketE3889A50')
    expect(toPlain(bucket.body)).toEqual({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true },
      VersioningConfiguration: { Status: 'Enabled' },
      $DeletionPolicy: 'Retain',
      $UpdateReplacePolicy: 'Retain'
    })
    const policy = resource(resources, 'DataBucketPolicy5A2D3B6C').body
    expect(at(policy, 'PolicyDocument.Statement.0.Resource.1')).toMatchObject({
      kind: 'unknown',
      expr: '!Join ["", [!GetAtt DataBucketE3889A50.Arn, "/*"]]',
      refs: ['DataBucketE3889A50']
    })
    expect(toPlain(at(policy, 'PolicyDocument.Statement.0.Condition'))).toEqual({
      Bool: { 'aws:SecureTransport': 'false' }
    })
  })

  test('a synthesized template is detected by its content', async () => {
    const { parserFor } = await import('../../../src/formats/index.js')
    const parser = await parserFor('cdk.out/DataStack.template.json', async () => CDK)
    expect(parser?.format).toBe('cloudformation')
  })
})
