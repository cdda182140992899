/**
 * Responsibility shifts as data. Each entry is one pattern of one kind; adding
 * a pattern of an existing kind is one more entry here, no new code path.
 *
 * - `attribute`: one attribute of a resource present in base and head decides
 *   who does the work for some rows (e.g. auto_minor_version_upgrade).
 * - `replacement`: in one unit, a self-managed resource (recognised by
 *   evidence) is removed and a managed one added, or the reverse.
 *
 * Every resource type is keyed by its name and says its format, so one
 * pattern covers Terraform, CloudFormation (with SAM) and serverless.yml.
 */
import {
  ECS_LAUNCH_TYPE,
  EKS_NODE_GROUP_AMI,
  LAMBDA_PACKAGE_TYPE,
  LAMBDA_RUNTIME_UPDATES,
  NODES_TO_FARGATE_PROFILE,
  NODES_TO_MANAGED_NODE_GROUP
} from './compute-shift-patterns.js'
import {
  CACHE_ON_EC2_TO_ELASTICACHE,
  DATABASE_ON_EC2_TO_RDS,
  KAFKA_ON_EC2_TO_MSK
} from './data-store-shift-patterns.js'
import {
  AUTO_MINOR_VERSION_UPGRADE,
  RDS_CUSTOM_ENGINE,
  REDSHIFT_VERSION_UPGRADE
} from './engine-update-shift-patterns.js'
import type { AttributeShiftPattern, ReplacementShiftPattern, ShiftPattern } from './shift-pattern-types.js'

export type {
  AttributeCase,
  AttributeShiftPattern,
  AttributeTypeRule,
  Condition,
  ManagedWhen,
  PortEvidence,
  ReplacementShiftPattern,
  SelfManagedEvidence,
  ShiftPattern,
  Side,
  TextEvidence,
  ValueTest
} from './shift-pattern-types.js'

/**
 * Runtimes AWS has deprecated and no longer patches (`provided` is the Amazon
 * Linux 1 one), per the deprecation dates of the Lambda runtimes page:
 * python3.9 (2025-12-15), nodejs18.x (2025-09-01), ruby3.2 (2026-03-31) and
 * nodejs20.x (2026-04-30) are the latest. The control
 * lambda-function-runtime-deprecated lists the same runtimes (a test keeps them equal).
 */
export const DEPRECATED_LAMBDA_RUNTIMES: readonly string[] = [
  'python2.7',
  'python3.6',
  'python3.7',
  'python3.8',
  'python3.9',
  'nodejs',
  'nodejs4.3',
  'nodejs4.3-edge',
  'nodejs6.10',
  'nodejs8.10',
  'nodejs10.x',
  'nodejs12.x',
  'nodejs14.x',
  'nodejs16.x',
  'nodejs18.x',
  'nodejs20.x',
  'java8',
  'go1.x',
  'dotnetcore1.0',
  'dotnetcore2.0',
  'dotnetcore2.1',
  'dotnetcore3.1',
  'dotnet5.0',
  'dotnet6',
  'dotnet7',
  'ruby2.5',
  'ruby2.7',
  'ruby3.2',
  'provided'
]

/** A Lambda function on a deprecated runtime: AWS no longer patches it. */
const DEPRECATED_LAMBDA_RUNTIME: AttributeShiftPattern = {
  kind: 'attribute',
  id: 'deprecated-lambda-runtime',
  attribute: 'runtime',
  types: {
    aws_lambda_function: { format: 'terraform' },
    'AWS::Lambda::Function': { format: 'cloudformation', attribute: 'Runtime' },
    'AWS::Serverless::Function': { format: 'cloudformation', attribute: 'Runtime' },
    // The function's effective runtime: its own, or the provider's.
    function: { format: 'serverless' }
  },
  rows: ['guest-os-patching'],
  cases: [
    { when: { oneOf: DEPRECATED_LAMBDA_RUNTIMES }, side: 'customer' },
    { when: { anyString: true }, side: 'aws' }
  ],
  reasons: {
    customer: 'AWS no longer patches a deprecated runtime',
    aws: 'AWS patches a supported runtime'
  }
}

/** A Lambda function AWS patches: a .zip package on a supported runtime. */
const PATCHED_BY_LAMBDA = [
  { attribute: 'package_type', is: { oneOf: ['Zip'] }, default: 'Zip' },
  { attribute: 'runtime', is: { noneOf: DEPRECATED_LAMBDA_RUNTIMES } }
] as const

const PATCHED_BY_LAMBDA_CFN = [
  { attribute: 'PackageType', is: { oneOf: ['Zip'] }, default: 'Zip' },
  { attribute: 'Runtime', is: { noneOf: DEPRECATED_LAMBDA_RUNTIMES } },
  { attribute: 'RuntimeManagementConfig.UpdateRuntimeOn', is: { noneOf: ['Manual'] }, default: 'Auto' }
] as const

const ON_FARGATE = ['FARGATE', 'FARGATE_SPOT']

/**
 * EC2 instances or an Auto Scaling group replaced by Fargate (an ECS service
 * or task definition that runs only there) or by a Lambda function AWS
 * patches. Any instance has an operating system to patch, so the type alone
 * is evidence.
 */
const INSTANCES_TO_FARGATE_OR_LAMBDA: ReplacementShiftPattern = {
  kind: 'replacement',
  id: 'instances-to-fargate-or-lambda',
  workload: 'instances',
  selfManaged: {
    types: [
      'aws_instance',
      'aws_autoscaling_group',
      'AWS::EC2::Instance',
      'AWS::AutoScaling::AutoScalingGroup'
    ]
  },
  managed: {
    types: [
      'aws_ecs_service',
      'aws_ecs_task_definition',
      'aws_lambda_function',
      'AWS::ECS::Service',
      'AWS::ECS::TaskDefinition',
      'AWS::Lambda::Function',
      'AWS::Serverless::Function',
      'function'
    ],
    when: [
      { type: 'aws_ecs_service', all: [{ attribute: 'launch_type', is: { oneOf: ['FARGATE'] } }] },
      {
        type: 'aws_ecs_service',
        all: [{ attribute: 'capacity_provider_strategy.capacity_provider', is: { oneOf: ON_FARGATE } }]
      },
      {
        type: 'aws_ecs_task_definition',
        all: [{ attribute: 'requires_compatibilities', is: { oneOf: ['FARGATE'] } }]
      },
      { type: 'aws_lambda_function', all: PATCHED_BY_LAMBDA },
      { type: 'AWS::ECS::Service', all: [{ attribute: 'LaunchType', is: { oneOf: ['FARGATE'] } }] },
      {
        type: 'AWS::ECS::Service',
        all: [{ attribute: 'CapacityProviderStrategy.CapacityProvider', is: { oneOf: ON_FARGATE } }]
      },
      {
        type: 'AWS::ECS::TaskDefinition',
        all: [{ attribute: 'RequiresCompatibilities', is: { oneOf: ['FARGATE'] } }]
      },
      { type: 'AWS::Lambda::Function', all: PATCHED_BY_LAMBDA_CFN },
      { type: 'AWS::Serverless::Function', all: PATCHED_BY_LAMBDA_CFN },
      // A serverless.yml function has a runtime only when it is not a container image.
      { type: 'function', all: [{ attribute: 'runtime', is: { noneOf: DEPRECATED_LAMBDA_RUNTIMES } }] }
    ]
  },
  managedSide: 'aws',
  rows: ['guest-os-patching'],
  reasons: {
    toManaged: 'AWS patches the operating system under Fargate tasks and Lambda functions',
    toSelfManaged: "the instances' operating system is yours to patch"
  }
}

/** Every pattern, in the order their shifts are reported: attributes first, then replacements. */
export const SHIFT_PATTERNS: readonly ShiftPattern[] = [
  AUTO_MINOR_VERSION_UPGRADE,
  REDSHIFT_VERSION_UPGRADE,
  RDS_CUSTOM_ENGINE,
  DEPRECATED_LAMBDA_RUNTIME,
  LAMBDA_RUNTIME_UPDATES,
  LAMBDA_PACKAGE_TYPE,
  ECS_LAUNCH_TYPE,
  EKS_NODE_GROUP_AMI,
  DATABASE_ON_EC2_TO_RDS,
  CACHE_ON_EC2_TO_ELASTICACHE,
  KAFKA_ON_EC2_TO_MSK,
  INSTANCES_TO_FARGATE_OR_LAMBDA,
  NODES_TO_MANAGED_NODE_GROUP,
  NODES_TO_FARGATE_PROFILE
]
