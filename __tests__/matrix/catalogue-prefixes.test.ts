import { describe, expect, test } from '@jest/globals'
import { classifyChange } from '../../src/matrix/index.js'
import type { Format } from '../../src/model.js'
import { realMatrix } from './real-rules.js'

const matrix = realMatrix()

function added(format: Format, type: string) {
  return classifyChange(matrix, { type, format, change: 'added', attributes: [] })
}

describe('service prefixes where the names mislead', () => {
  test.each([
    ['aws_lb_listener', 'elb'],
    ['aws_alb_target_group', 'elb'],
    ['aws_app_cookie_stickiness_policy', 'elb'],
    ['aws_db_instance', 'rds'],
    ['aws_db_proxy_endpoint', 'rds'],
    ['aws_sfn_state_machine', 'step-functions'],
    ['aws_cloudwatch_event_rule', 'eventbridge'],
    ['aws_cloudwatch_log_group', 'cloudwatch'],
    ['aws_dx_gateway', 'directconnect'],
    ['aws_ec2_transit_gateway_route', 'vpc'],
    ['aws_ec2_client_vpn_endpoint', 'vpc'],
    ['aws_ec2_host', 'ec2'],
    ['aws_vpclattice_service', 'vpc-lattice'],
    ['aws_vpc_endpoint_service', 'vpc'],
    ['aws_route53_zone', 'route53'],
    ['aws_route53recoveryreadiness_cell', 'arc'],
    ['aws_ssoadmin_permission_set', 'identity-center'],
    ['aws_ssmcontacts_contact', 'incident-manager'],
    ['aws_service_discovery_service', 'cloud-map'],
    ['aws_media_convert_queue', 'media-services'],
    ['aws_kinesis_analytics_application', 'kinesis-analytics'],
    ['aws_kinesis_stream', 'kinesis'],
    ['aws_s3control_bucket', 's3'],
    ['aws_opensearchserverless_collection', 'opensearch'],
    ['aws_timestreaminfluxdb_db_instance', 'timestream-influxdb'],
    ['aws_verifiedaccess_endpoint', 'verified-access']
  ])('Terraform %s is %s', (type, service) => {
    expect(added('terraform', type).service).toBe(service)
  })

  test.each([
    ['AWS::EC2::SecurityGroup', 'vpc'],
    ['AWS::EC2::EIP', 'vpc'],
    ['AWS::EC2::Instance', 'ec2'],
    ['AWS::EC2::VerifiedAccessEndpoint', 'verified-access'],
    ['AWS::ElasticLoadBalancingV2::Listener', 'elb'],
    ['AWS::Serverless::Function', 'lambda'],
    ['AWS::Serverless::SimpleTable', 'dynamodb'],
    ['AWS::Serverless::StateMachine', 'step-functions'],
    ['AWS::Serverless::Application', 'serverlessrepo'],
    ['AWS::StepFunctions::StateMachine', 'step-functions'],
    ['AWS::Events::Rule', 'eventbridge'],
    ['AWS::Route53RecoveryControl::Cluster', 'arc'],
    ['AWS::Timestream::InfluxDBInstance', 'timestream-influxdb'],
    ['AWS::Timestream::Table', 'timestream'],
    ['AWS::SSO::PermissionSet', 'identity-center'],
    ['AWS::KafkaConnect::Connector', 'msk']
  ])('CloudFormation %s is %s', (type, service) => {
    expect(added('cloudformation', type).service).toBe(service)
  })

  test('a namespace does not claim a longer one: AWS::S3:: is not AWS::S3Tables::', () => {
    expect(added('cloudformation', 'AWS::S3Tables::TableBucket').service).toBe('s3tables')
    expect(added('cloudformation', 'AWS::S3::Bucket').service).toBe('s3')
  })

  test('categories follow the service: a managed platform is container, an API abstracted', () => {
    const category = (format: Format, type: string) => added(format, type).category
    expect(category('terraform', 'aws_neptune_cluster')).toBe('container')
    expect(category('cloudformation', 'AWS::FSx::FileSystem')).toBe('container')
    expect(category('terraform', 'aws_sfn_state_machine')).toBe('abstracted')
    expect(category('terraform', 'aws_lightsail_instance')).toBe('infrastructure')
    expect(category('cloudformation', 'AWS::SSO::Instance')).toBe('global')
  })
})

describe('types outside the catalogue', () => {
  test('CloudFormation types outside AWS:: are other, with no rows', () => {
    for (const type of ['Custom::Foo', 'Alexa::ASK::Skill']) {
      expect(added('cloudformation', type)).toEqual({
        service: 'other',
        category: 'unknown',
        rows: [],
        basis: 'not-aws'
      })
    }
  })

  test('an AWS type newer than the lists is still stated: unknown service, service configuration', () => {
    for (const [format, type] of [
      ['terraform', 'aws_futureservice_widget'],
      ['cloudformation', 'AWS::FutureService::Widget']
    ] as const) {
      expect(added(format, type)).toEqual({
        service: 'unknown',
        category: 'unknown',
        rows: [{ row: 'service-configuration', owner: 'customer' }],
        basis: 'unknown-aws-type'
      })
    }
  })

  test('a new type of a known service gets that service, by its prefix', () => {
    const result = added('cloudformation', 'AWS::Bedrock::SomethingNew')
    expect([result.service, result.category, result.basis]).toEqual([
      'bedrock',
      'abstracted',
      'service-prefix'
    ])
  })
})

describe('CloudFormation types listed one by one', () => {
  test('a modified property touches its rows, like its Terraform twin', () => {
    const change = (type: string, attributes: string[]) =>
      classifyChange(matrix, { type, format: 'cloudformation', change: 'modified', attributes })
    expect(change('AWS::RDS::DBInstance', ['PubliclyAccessible', 'Tags[0].Value']).rows).toEqual([
      { row: 'access-restriction', owner: 'customer' },
      { row: 'compliance', owner: 'shared' }
    ])
    expect(change('AWS::S3::Bucket', ['BucketEncryption.ServerSideEncryptionConfiguration']).rows).toEqual([
      { row: 'data-protection', owner: 'customer' }
    ])
    expect(change('AWS::S3::Bucket', ['$DeletionPolicy']).rows.map(r => r.row)).toEqual([
      'business-continuity'
    ])
    expect(change('AWS::Lambda::Function', ['Runtime']).basis).toBe('catalogue')
  })
})
