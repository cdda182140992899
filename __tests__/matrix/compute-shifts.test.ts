import { describe, expect, test } from '@jest/globals'
import { detectShifts } from '../../src/matrix/index.js'
import {
  cfnResource,
  parseServerless,
  parseTemplate,
  parseTerraform,
  resource,
  unknown,
  type Input
} from './build-resource.js'
import { realMatrix } from './real-rules.js'

const matrix = realMatrix()

function moves(shifts: ReturnType<typeof detectShifts>) {
  return shifts.map(s => [s.row, s.from, s.to])
}

function where(shifts: ReturnType<typeof detectShifts>) {
  return shifts.map(s => [s.address, s.line, s.from, s.to])
}

function tfShifts(type: string, before: Record<string, Input>, after: Record<string, Input>) {
  return detectShifts(matrix, [resource(type, 'main', before)], [resource(type, 'main', after)])
}

function cfnShifts(type: string, before: Record<string, Input>, after: Record<string, Input>) {
  return detectShifts(matrix, [cfnResource(type, 'Main', before)], [cfnResource(type, 'Main', after)])
}

const TO_AWS = [['guest-os-patching', 'customer', 'aws']]
const TO_CUSTOMER = [['guest-os-patching', 'aws', 'customer']]

describe('the ECS launch type of a service', () => {
  test('Terraform: FARGATE → EC2 hands the hosts to the customer, and back', () => {
    const off = tfShifts('aws_ecs_service', { launch_type: 'FARGATE' }, { launch_type: 'EC2' })
    expect(moves(off)).toEqual(TO_CUSTOMER)
    expect(off[0]?.explanation).toBe(
      'aws_ecs_service.main in db/main.tf line 2 sets launch_type = "EC2" (was "FARGATE"): ' +
        'the hosts the tasks run on are yours to patch, so guest OS patching moves from AWS to you.'
    )
    expect(
      moves(tfShifts('aws_ecs_service', { launch_type: 'EXTERNAL' }, { launch_type: 'FARGATE' }))
    ).toEqual(TO_AWS)
  })

  test('CloudFormation: LaunchType, both directions', () => {
    expect(moves(cfnShifts('AWS::ECS::Service', { LaunchType: 'FARGATE' }, { LaunchType: 'EC2' }))).toEqual(
      TO_CUSTOMER
    )
    expect(moves(cfnShifts('AWS::ECS::Service', { LaunchType: 'EC2' }, { LaunchType: 'FARGATE' }))).toEqual(
      TO_AWS
    )
  })

  test('an unset launch type (the cluster decides) or an unknown one claims nothing', () => {
    expect(tfShifts('aws_ecs_service', { launch_type: 'FARGATE' }, {})).toEqual([])
    expect(tfShifts('aws_ecs_service', {}, { launch_type: 'EC2' })).toEqual([])
    expect(
      cfnShifts('AWS::ECS::Service', { LaunchType: 'FARGATE' }, { LaunchType: unknown('!Ref Launch') })
    ).toEqual([])
  })
})

describe('the AMI type of an EKS managed node group', () => {
  test('Terraform: CUSTOM hands the AMI to the customer; an AWS AMI type shares it again', () => {
    const custom = tfShifts(
      'aws_eks_node_group',
      { ami_type: 'AL2023_x86_64_STANDARD' },
      { ami_type: 'CUSTOM' }
    )
    expect(moves(custom)).toEqual([['guest-os-patching', 'shared', 'customer']])
    expect(custom[0]?.explanation).toBe(
      'aws_eks_node_group.main in db/main.tf line 2 sets ami_type = "CUSTOM" (was "AL2023_x86_64_STANDARD"): ' +
        'a custom AMI is yours to build and patch, so guest OS patching moves from AWS and you to you.'
    )
    expect(
      moves(tfShifts('aws_eks_node_group', { ami_type: 'CUSTOM' }, { ami_type: 'BOTTLEROCKET_x86_64' }))
    ).toEqual([['guest-os-patching', 'customer', 'shared']])
  })

  test('CloudFormation: AmiType, both directions; unset claims nothing', () => {
    expect(moves(cfnShifts('AWS::EKS::Nodegroup', { AmiType: 'AL2_x86_64' }, { AmiType: 'CUSTOM' }))).toEqual(
      [['guest-os-patching', 'shared', 'customer']]
    )
    expect(moves(cfnShifts('AWS::EKS::Nodegroup', { AmiType: 'CUSTOM' }, { AmiType: 'AL2_ARM_64' }))).toEqual(
      [['guest-os-patching', 'customer', 'shared']]
    )
    expect(cfnShifts('AWS::EKS::Nodegroup', { AmiType: 'CUSTOM' }, {})).toEqual([])
    expect(
      cfnShifts('AWS::EKS::Nodegroup', { AmiType: 'CUSTOM' }, { AmiType: unknown('!Ref AmiType') })
    ).toEqual([])
  })
})

describe('EC2 instances or an Auto Scaling group replaced by Fargate or Lambda', () => {
  const WORKER = resource('aws_instance', 'worker', { ami: 'ami-0123', instance_type: 't3.small' })
  const ASG = resource('aws_autoscaling_group', 'workers', { min_size: 2, max_size: 4 })

  test('Terraform: an instance replaced by a Fargate service moves guest OS patching to AWS, on the service', () => {
    const service = resource(
      'aws_ecs_service',
      'worker',
      { launch_type: 'FARGATE', desired_count: 2 },
      { line: 10 }
    )
    const shifts = detectShifts(matrix, [WORKER], [service])
    expect(where(shifts)).toEqual([['aws_ecs_service.worker', 10, 'customer', 'aws']])
    expect(shifts[0]?.explanation).toBe(
      'aws_ecs_service.worker in db/main.tf line 10, with launch_type = "FARGATE" (line 11), replaces aws_instance.worker ' +
        '(removed from db/main.tf line 1): AWS patches the operating system under Fargate tasks and Lambda functions, ' +
        'so guest OS patching moves from you to AWS.'
    )
  })

  test('Terraform: a Fargate capacity provider strategy, a Fargate-only task definition, or a Lambda function', () => {
    const strategy = resource('aws_ecs_service', 'w', {
      capacity_provider_strategy: [{ capacity_provider: 'FARGATE_SPOT', weight: 1 }]
    })
    expect(moves(detectShifts(matrix, [ASG], [strategy]))).toEqual(TO_AWS)
    const task = resource('aws_ecs_task_definition', 'w', { requires_compatibilities: ['FARGATE'] })
    expect(moves(detectShifts(matrix, [WORKER], [task]))).toEqual(TO_AWS)
    const lambda = resource('aws_lambda_function', 'w', { runtime: 'python3.13', handler: 'app.handler' })
    expect(moves(detectShifts(matrix, [WORKER], [lambda]))).toEqual(TO_AWS)
  })

  test('Terraform, the reverse: a Fargate service or a Lambda function replaced by instances', () => {
    const service = resource('aws_ecs_service', 'worker', { launch_type: 'FARGATE' })
    const shifts = detectShifts(matrix, [service], [ASG])
    expect(where(shifts)).toEqual([['aws_autoscaling_group.workers', 1, 'aws', 'customer']])
    expect(shifts[0]?.explanation).toBe(
      'aws_autoscaling_group.workers in db/main.tf line 1 replaces aws_ecs_service.worker ' +
        '(removed from db/main.tf line 1, launch_type = "FARGATE") with instances you run: ' +
        "the instances' operating system is yours to patch, so guest OS patching moves from AWS to you."
    )
    const lambda = resource('aws_lambda_function', 'w', { runtime: 'nodejs22.x' })
    expect(moves(detectShifts(matrix, [lambda], [WORKER]))).toEqual(TO_CUSTOMER)
  })

  test('ECS on EC2, a launch type left to the cluster, a mixed task definition or an unknown one claim nothing', () => {
    const onEc2 = resource('aws_ecs_service', 'w', { launch_type: 'EC2' })
    const unset = resource('aws_ecs_service', 'w', { desired_count: 1 })
    const mixed = resource('aws_ecs_task_definition', 'w', { requires_compatibilities: ['EC2', 'FARGATE'] })
    const unsure = resource('aws_ecs_service', 'w', { launch_type: unknown('var.launch_type') })
    for (const managed of [onEc2, unset, mixed, unsure])
      expect(detectShifts(matrix, [WORKER], [managed])).toEqual([])
  })

  test('a Lambda function on a container image or a deprecated runtime is no runtime AWS patches', () => {
    const image = resource('aws_lambda_function', 'w', { package_type: 'Image', image_uri: 'x' })
    const old = resource('aws_lambda_function', 'w', { runtime: 'python3.8' })
    expect(detectShifts(matrix, [WORKER], [image])).toEqual([])
    expect(detectShifts(matrix, [WORKER], [old])).toEqual([])
  })

  test('CloudFormation: instances to an ECS service on Fargate, a task definition, a Lambda or SAM function', () => {
    const instance = cfnResource('AWS::EC2::Instance', 'Worker', { ImageId: 'ami-1' })
    const group = cfnResource('AWS::AutoScaling::AutoScalingGroup', 'Workers', { MinSize: '1', MaxSize: '2' })
    const managed = [
      cfnResource('AWS::ECS::Service', 'Svc', { LaunchType: 'FARGATE' }),
      cfnResource('AWS::ECS::Service', 'Svc', {
        CapacityProviderStrategy: [{ CapacityProvider: 'FARGATE' }]
      }),
      cfnResource('AWS::ECS::TaskDefinition', 'Task', { RequiresCompatibilities: ['FARGATE'] }),
      cfnResource('AWS::Lambda::Function', 'Fn', { Runtime: 'java21', Handler: 'x' }),
      cfnResource('AWS::Serverless::Function', 'Fn', { Runtime: 'nodejs22.x', PackageType: 'Zip' })
    ]
    for (const to of managed) {
      expect(moves(detectShifts(matrix, [instance], [to]))).toEqual(TO_AWS)
      expect(moves(detectShifts(matrix, [to], [group]))).toEqual(TO_CUSTOMER)
    }
  })

  test('CloudFormation: a Lambda function pinned to Manual runtime updates, or an image, is not AWS-patched', () => {
    const instance = cfnResource('AWS::EC2::Instance', 'Worker', { ImageId: 'ami-1' })
    const manual = cfnResource('AWS::Lambda::Function', 'Fn', {
      Runtime: 'python3.13',
      RuntimeManagementConfig: { UpdateRuntimeOn: 'Manual' }
    })
    const image = cfnResource('AWS::Lambda::Function', 'Fn', { PackageType: 'Image' })
    expect(detectShifts(matrix, [instance], [manual])).toEqual([])
    expect(detectShifts(matrix, [instance], [image])).toEqual([])
  })

  test('serverless.yml: an instance of the resources section replaced by a function of the same file', () => {
    const before = parseServerless(
      [
        'service: jobs',
        'provider:',
        '  name: aws',
        'resources:',
        '  Resources:',
        '    Worker:',
        '      Type: AWS::EC2::Instance',
        '      Properties:',
        '        ImageId: ami-0123'
      ].join('\n')
    )
    const after = parseServerless(
      [
        'service: jobs',
        'provider:',
        '  name: aws',
        '  runtime: python3.13',
        'functions:',
        '  work:',
        '    handler: work.handler'
      ].join('\n')
    )
    const shifts = detectShifts(matrix, before, after)
    expect(where(shifts)).toEqual([['functions.work', 6, 'customer', 'aws']])
    expect(moves(detectShifts(matrix, after, before))).toEqual(TO_CUSTOMER)
    const image = parseServerless(
      [
        'service: jobs',
        'provider:',
        '  name: aws',
        'functions:',
        '  work:',
        '    image: 1234.dkr.ecr.us-east-1.amazonaws.com/work:1'
      ].join('\n')
    )
    expect(detectShifts(matrix, before, image)).toEqual([])
  })
})

describe('self-managed EKS nodes replaced by a managed node group or a Fargate profile', () => {
  const nodes = [
    'resource "aws_launch_template" "nodes" {',
    '  image_id = "ami-0123"',
    '  tags = { "kubernetes.io/cluster/prod" = "owned" }',
    '}',
    'resource "aws_autoscaling_group" "nodes" {',
    '  min_size = 2',
    '  max_size = 4',
    '  launch_template {',
    '    id = aws_launch_template.nodes.id',
    '  }',
    '}'
  ]
  const nodeGroup = [
    'resource "aws_eks_node_group" "main" {',
    '  cluster_name  = "prod"',
    '  node_role_arn = "arn:aws:iam::123456789012:role/nodes"',
    '  subnet_ids    = ["subnet-1"]',
    '  ami_type      = "AL2023_x86_64_STANDARD"',
    '}'
  ]
  const fargate = [
    'resource "aws_eks_fargate_profile" "main" {',
    '  cluster_name           = "prod"',
    '  fargate_profile_name   = "default"',
    '  pod_execution_role_arn = "arn:aws:iam::123456789012:role/pods"',
    '}'
  ]
  const tf = (...lines: string[][]) => parseTerraform(lines.flat().join('\n'), 'eks')

  test('Terraform: nodes tagged for the cluster replaced by a managed node group share guest OS patching', () => {
    const shifts = detectShifts(matrix, tf(nodes), tf(nodeGroup))
    expect(where(shifts)).toEqual([['aws_eks_node_group.main', 1, 'customer', 'shared']])
    expect(shifts[0]?.explanation).toBe(
      'aws_eks_node_group.main in eks/main.tf line 1 replaces aws_launch_template.nodes (removed from eks/main.tf line 1), ' +
        'with "kubernetes.io/cluster/" in its tags (line 3): AWS builds and publishes the patched node AMI, and you start ' +
        'the update, so guest OS patching moves from you to AWS and you.'
    )
    expect(where(detectShifts(matrix, tf(nodeGroup), tf(nodes)))).toEqual([
      ['aws_launch_template.nodes', 1, 'shared', 'customer']
    ])
  })

  test('Terraform: nodes replaced by a Fargate profile hand guest OS patching to AWS, and back', () => {
    expect(where(detectShifts(matrix, tf(nodes), tf(fargate)))).toEqual([
      ['aws_eks_fargate_profile.main', 1, 'customer', 'aws']
    ])
    expect(moves(detectShifts(matrix, tf(fargate), tf(nodes)))).toEqual(TO_CUSTOMER)
  })

  test('Terraform: the bootstrap script in plain user data, or a tag block on the group, is evidence too', () => {
    const script = resource('aws_launch_configuration', 'nodes', {
      user_data: '#!/bin/bash\n/etc/eks/bootstrap.sh prod'
    })
    const tagged = resource('aws_autoscaling_group', 'nodes', {
      tag: [{ key: 'kubernetes.io/cluster/prod', value: 'owned', propagate_at_launch: true }]
    })
    const profile = resource('aws_eks_fargate_profile', 'main', { cluster_name: 'prod' })
    expect(moves(detectShifts(matrix, [script], [profile]))).toEqual(TO_AWS)
    expect(moves(detectShifts(matrix, [tagged], [profile]))).toEqual(TO_AWS)
  })

  test('a node group on a custom AMI, or with a launch template that may carry one, claims nothing', () => {
    const custom = resource('aws_eks_node_group', 'main', { ami_type: 'CUSTOM' })
    const templated = resource('aws_eks_node_group', 'main', {
      launch_template: [{ id: unknown('aws_launch_template.x.id', ['aws_launch_template.x']) }]
    })
    const plain = resource('aws_eks_node_group', 'main', { cluster_name: 'prod' })
    const tagged = resource('aws_autoscaling_group', 'nodes', {
      tag: [{ key: 'kubernetes.io/cluster/prod' }]
    })
    expect(detectShifts(matrix, [tagged], [custom])).toEqual([])
    expect(detectShifts(matrix, [tagged], [templated])).toEqual([])
    expect(moves(detectShifts(matrix, [tagged], [plain]))).toEqual([
      ['guest-os-patching', 'customer', 'shared']
    ])
  })

  test('nodes without evidence, or with user data that cannot be read, claim nothing', () => {
    const plainGroup = resource('aws_autoscaling_group', 'web', { min_size: 1 })
    const encoded = resource('aws_launch_template', 'nodes', {
      user_data: unknown('base64encode(local.user_data)')
    })
    const profile = resource('aws_eks_fargate_profile', 'main', { cluster_name: 'prod' })
    expect(detectShifts(matrix, [plainGroup], [profile])).toEqual([])
    expect(detectShifts(matrix, [encoded], [profile])).toEqual([])
  })

  const cfnNodes = [
    '  NodeTemplate:',
    '    Type: AWS::EC2::LaunchTemplate',
    '    Properties:',
    '      LaunchTemplateData:',
    '        ImageId: ami-0123',
    '        UserData:',
    '          Fn::Base64: |',
    '            #!/bin/bash',
    '            /etc/eks/bootstrap.sh prod'
  ]
  const cfnNodeGroup = [
    '  Managed:',
    '    Type: AWS::EKS::Nodegroup',
    '    Properties:',
    '      ClusterName: prod',
    '      NodeRole: arn:aws:iam::123456789012:role/nodes',
    '      Subnets: [subnet-1]'
  ]
  const cfnFargate = [
    '  Pods:',
    '    Type: AWS::EKS::FargateProfile',
    '    Properties:',
    '      ClusterName: prod',
    '      PodExecutionRoleArn: arn:aws:iam::123456789012:role/pods',
    '      Selectors: [{ Namespace: default }]'
  ]
  const template = (...parts: string[][]) => parseTemplate(['Resources:', ...parts.flat()].join('\n'))

  test('CloudFormation: a launch template calling the bootstrap script, to a node group and back', () => {
    const shifts = detectShifts(matrix, template(cfnNodes), template(cfnNodeGroup))
    expect(where(shifts)).toEqual([['Managed', 2, 'customer', 'shared']])
    expect(shifts[0]?.explanation).toBe(
      'Managed in stack/template.yaml line 2 replaces NodeTemplate (removed from stack/template.yaml line 2), ' +
        'with "/etc/eks/bootstrap.sh" in its LaunchTemplateData.UserData (base64-decoded, line 8): AWS builds and ' +
        'publishes the patched node AMI, and you start the update, so guest OS patching moves from you to AWS and you.'
    )
    expect(where(detectShifts(matrix, template(cfnNodeGroup), template(cfnNodes)))).toEqual([
      ['NodeTemplate', 2, 'shared', 'customer']
    ])
  })

  test('CloudFormation: to a Fargate profile and back; an Auto Scaling group tagged for the cluster', () => {
    expect(where(detectShifts(matrix, template(cfnNodes), template(cfnFargate)))).toEqual([
      ['Pods', 2, 'customer', 'aws']
    ])
    expect(moves(detectShifts(matrix, template(cfnFargate), template(cfnNodes)))).toEqual(TO_CUSTOMER)
    const group = cfnResource('AWS::AutoScaling::AutoScalingGroup', 'Nodes', {
      Tags: [{ Key: 'kubernetes.io/cluster/prod', Value: 'owned', PropagateAtLaunch: 'true' }]
    })
    const profile = cfnResource('AWS::EKS::FargateProfile', 'Pods', { ClusterName: 'prod' })
    expect(moves(detectShifts(matrix, [group], [profile]))).toEqual(TO_AWS)
  })

  test('CloudFormation: a cluster name from a parameter without a default leaves the evidence unknown', () => {
    const unsure = parseTemplate(
      [
        'Parameters:',
        '  ClusterName:',
        '    Type: String',
        'Resources:',
        '  NodeTemplate:',
        '    Type: AWS::EC2::LaunchTemplate',
        '    Properties:',
        '      LaunchTemplateData:',
        '        UserData:',
        '          Fn::Base64: !Sub "/etc/eks/bootstrap.sh ${ClusterName}"'
      ].join('\n')
    )
    expect(detectShifts(matrix, unsure, template(cfnFargate))).toEqual([])
  })
})
