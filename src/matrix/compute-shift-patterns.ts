import type { AttributeShiftPattern, ReplacementShiftPattern } from './shift-pattern-types.js'

/**
 * How compute is run: Lambda runtime updates and packaging, the ECS launch
 * type, and EKS nodes (self-managed, managed node groups, Fargate profiles).
 */

/**
 * Lambda's runtime update mode. Manual pins the function to a runtime
 * version, so runtime and operating system patches wait for the customer;
 * Auto and FunctionUpdate keep AWS publishing and applying them (the latter
 * with the function's next deployment). Terraform writes the mode in a
 * resource of its own, whose deletion puts the function back on Auto.
 */
export const LAMBDA_RUNTIME_UPDATES: AttributeShiftPattern = {
  kind: 'attribute',
  id: 'lambda-runtime-updates',
  attribute: 'update_runtime_on',
  types: {
    aws_lambda_runtime_management_config: {
      format: 'terraform',
      configures: { attribute: 'function_name', default: 'Auto' }
    },
    'AWS::Lambda::Function': {
      format: 'cloudformation',
      attribute: 'RuntimeManagementConfig.UpdateRuntimeOn',
      default: 'Auto',
      removalKeepsValue: true
    },
    'AWS::Serverless::Function': {
      format: 'cloudformation',
      attribute: 'RuntimeManagementConfig.UpdateRuntimeOn',
      default: 'Auto',
      removalKeepsValue: true
    },
    // `runtimeManagement: manual` or `{ mode: manual, arn }`, on the function or the provider.
    function: {
      format: 'serverless',
      attribute: ['runtimeManagement.mode', 'runtimeManagement'],
      inheritsFrom: 'provider',
      default: 'auto',
      removalKeepsValue: true
    }
  },
  rows: ['guest-os-patching'],
  cases: [
    { when: { oneOf: ['Manual', 'manual'] }, side: 'customer' },
    { when: { oneOf: ['Auto', 'FunctionUpdate', 'auto', 'onFunctionUpdate'] }, side: 'aws' }
  ],
  reasons: {
    customer: 'Lambda no longer applies runtime updates to a function pinned to its runtime version',
    aws: 'Lambda applies runtime updates again'
  }
}

/** A container image brings its own operating system and runtime; a .zip package runs on AWS's. */
export const LAMBDA_PACKAGE_TYPE: AttributeShiftPattern = {
  kind: 'attribute',
  id: 'lambda-package-type',
  attribute: 'package_type',
  types: {
    aws_lambda_function: { format: 'terraform', default: 'Zip' },
    // Without PackageType a function is a .zip package: an image function must say Image.
    'AWS::Lambda::Function': { format: 'cloudformation', attribute: 'PackageType', default: 'Zip' },
    'AWS::Serverless::Function': { format: 'cloudformation', attribute: 'PackageType', default: 'Zip' }
  },
  rows: ['guest-os-patching'],
  cases: [
    { when: { oneOf: ['Image'] }, side: 'customer' },
    { when: { oneOf: ['Zip'] }, side: 'aws' }
  ],
  reasons: {
    customer:
      'a container image carries its own operating system and runtime, patched only when you rebuild it',
    aws: 'AWS patches the runtime and operating system of a .zip function'
  }
}

/**
 * The ECS launch type of a service. Without one, the cluster's default
 * capacity provider strategy decides, which the service does not show: no claim.
 */
export const ECS_LAUNCH_TYPE: AttributeShiftPattern = {
  kind: 'attribute',
  id: 'ecs-launch-type',
  attribute: 'launch_type',
  types: {
    aws_ecs_service: { format: 'terraform' },
    'AWS::ECS::Service': { format: 'cloudformation', attribute: 'LaunchType' }
  },
  rows: ['guest-os-patching'],
  cases: [
    { when: { oneOf: ['FARGATE'] }, side: 'aws' },
    { when: { oneOf: ['EC2', 'EXTERNAL'] }, side: 'customer' }
  ],
  reasons: {
    aws: 'AWS patches the hosts Fargate tasks run on',
    customer: 'the hosts the tasks run on are yours to patch'
  }
}

/**
 * The AMI type of an EKS managed node group. AWS builds and publishes the
 * patched AMIs of its own types and the customer starts the update, so the
 * row is shared; a CUSTOM AMI is the customer's to build and patch.
 */
export const EKS_NODE_GROUP_AMI: AttributeShiftPattern = {
  kind: 'attribute',
  id: 'eks-node-group-ami',
  attribute: 'ami_type',
  types: {
    aws_eks_node_group: { format: 'terraform' },
    'AWS::EKS::Nodegroup': { format: 'cloudformation', attribute: 'AmiType' }
  },
  rows: ['guest-os-patching'],
  cases: [
    { when: { oneOf: ['CUSTOM'] }, side: 'customer' },
    { when: { anyString: true }, side: 'shared' }
  ],
  reasons: {
    customer: 'a custom AMI is yours to build and patch',
    shared: 'AWS builds and publishes the patched node AMI, and you start the update'
  }
}

/** Worker nodes joined to EKS by the customer: the bootstrap script, nodeadm, or the cluster tag. */
const EKS_NODE = /\/etc\/eks\/bootstrap\.sh|\bnodeadm\b|node\.eks\.aws|kubernetes\.io\/cluster\//

const SELF_MANAGED_NODES: ReplacementShiftPattern['selfManaged'] = {
  types: [
    'aws_autoscaling_group',
    'aws_launch_template',
    'aws_launch_configuration',
    'aws_instance',
    'AWS::AutoScaling::AutoScalingGroup',
    'AWS::EC2::LaunchTemplate',
    'AWS::AutoScaling::LaunchConfiguration',
    'AWS::EC2::Instance'
  ],
  evidence: {
    terraform: {
      mentions: {
        attributes: ['user_data', 'user_data_base64', 'tag', 'tags', 'tag_specifications'],
        pattern: EKS_NODE
      }
    },
    cloudformation: {
      mentions: {
        attributes: [
          'UserData',
          'Tags',
          'LaunchTemplateData.UserData',
          'LaunchTemplateData.TagSpecifications'
        ],
        pattern: EKS_NODE
      }
    }
  }
}

/**
 * Self-managed nodes replaced by a managed node group on an AMI AWS builds
 * (an AMI type other than CUSTOM, or neither an AMI type nor a launch
 * template, which could carry a custom AMI).
 */
export const NODES_TO_MANAGED_NODE_GROUP: ReplacementShiftPattern = {
  kind: 'replacement',
  id: 'self-managed-nodes-to-managed-node-group',
  workload: 'Kubernetes nodes',
  selfManaged: SELF_MANAGED_NODES,
  managed: {
    types: ['aws_eks_node_group', 'AWS::EKS::Nodegroup'],
    when: [
      { type: 'aws_eks_node_group', all: [{ attribute: 'ami_type', is: { noneOf: ['CUSTOM'] } }] },
      {
        type: 'aws_eks_node_group',
        all: [
          { attribute: 'ami_type', absent: true },
          { attribute: 'launch_template', absent: true }
        ]
      },
      { type: 'AWS::EKS::Nodegroup', all: [{ attribute: 'AmiType', is: { noneOf: ['CUSTOM'] } }] },
      {
        type: 'AWS::EKS::Nodegroup',
        all: [
          { attribute: 'AmiType', absent: true },
          { attribute: 'LaunchTemplate', absent: true }
        ]
      }
    ]
  },
  managedSide: 'shared',
  rows: ['guest-os-patching'],
  reasons: {
    toManaged: 'AWS builds and publishes the patched node AMI, and you start the update',
    toSelfManaged: 'the node AMI and its patches are yours alone'
  }
}

/** Self-managed nodes replaced by an EKS Fargate profile: pods run on hosts AWS patches. */
export const NODES_TO_FARGATE_PROFILE: ReplacementShiftPattern = {
  kind: 'replacement',
  id: 'self-managed-nodes-to-fargate-profile',
  workload: 'Kubernetes nodes',
  selfManaged: SELF_MANAGED_NODES,
  managed: { types: ['aws_eks_fargate_profile', 'AWS::EKS::FargateProfile'] },
  managedSide: 'aws',
  rows: ['guest-os-patching'],
  reasons: {
    toManaged: 'pods on Fargate run on hosts AWS patches',
    toSelfManaged: 'the nodes and their operating system are yours to patch'
  }
}
