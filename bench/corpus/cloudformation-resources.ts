import { chance, int, pick, type Rng } from '../random.js'
import {
  base64,
  findInMap,
  getAtt,
  getAZs,
  iff,
  importValue,
  join,
  ref,
  select,
  sub
} from './cloudformation-intrinsics.js'
import type { Node } from './yaml-emitter.js'

// The resources the CloudFormation controls look at, each drawn with and without its problems: buckets
// with their policies, keys, security groups, databases, caches, trails, task definitions, roles,
// functions, tables, queues, log groups, instances, listeners, repositories and file systems.

/** Logical id → resource, for one draw of a kind (a bucket comes with its policy). */
export type Resources = Record<string, Node>

const tags = (rng: Rng, name: string): Node => [
  { Key: 'Name', Value: sub(`\${AWS::StackName}-${name}`) },
  { Key: 'Environment', Value: ref('Environment') },
  { Key: 'CostCenter', Value: String(int(rng, 1000, 9999)) }
]

function bucket(rng: Rng, n: number): Resources {
  const id = `DataBucket${n}`
  const properties: Record<string, Node> = {
    BucketName: sub(`\${AWS::StackName}-data-${n}-\${AWS::AccountId}`),
    VersioningConfiguration: { Status: chance(rng, 0.7) ? 'Enabled' : 'Suspended' },
    OwnershipControls: {
      Rules: [{ ObjectOwnership: chance(rng, 0.85) ? 'BucketOwnerEnforced' : 'ObjectWriter' }]
    },
    Tags: tags(rng, `data-${n}`)
  }
  if (chance(rng, 0.8))
    properties.BucketEncryption = {
      ServerSideEncryptionConfiguration: [
        {
          ServerSideEncryptionByDefault: chance(rng, 0.6)
            ? {
                SSEAlgorithm: 'aws:kms',
                KMSMasterKeyID: iff('HasKey', ref('KmsKeyArn'), ref('AWS::NoValue'))
              }
            : { SSEAlgorithm: 'AES256' },
          BucketKeyEnabled: true
        }
      ]
    }
  if (chance(rng, 0.85))
    properties.PublicAccessBlockConfiguration = {
      BlockPublicAcls: true,
      BlockPublicPolicy: chance(rng, 0.9),
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true
    }
  if (chance(rng, 0.5))
    properties.LoggingConfiguration = {
      DestinationBucketName: importValue(sub('${Environment}-access-logs')),
      LogFilePrefix: `data-${n}/`
    }
  properties.LifecycleConfiguration = {
    Rules: [
      {
        Id: 'expire-old-versions',
        Status: 'Enabled',
        NoncurrentVersionExpiration: { NoncurrentDays: int(rng, 7, 90) }
      }
    ]
  }
  const statement: Node[] = [
    {
      Sid: 'DenyInsecureTransport',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: [getAtt(id, 'Arn'), sub(`\${${id}.Arn}/*`)],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } }
    }
  ]
  if (chance(rng, 0.15))
    statement.push({
      Sid: 'PublicRead',
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:GetObject',
      Resource: sub(`\${${id}.Arn}/*`)
    })
  return {
    [id]: {
      Type: 'AWS::S3::Bucket',
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: properties
    },
    [`${id}Policy`]: {
      Type: 'AWS::S3::BucketPolicy',
      Properties: { Bucket: ref(id), PolicyDocument: { Version: '2012-10-17', Statement: statement } }
    }
  }
}

function key(rng: Rng, n: number): Resources {
  return {
    [`Key${n}`]: {
      Type: 'AWS::KMS::Key',
      Properties: {
        Description: `Key for service ${n}`,
        EnableKeyRotation: chance(rng, 0.8),
        PendingWindowInDays: int(rng, 7, 30),
        KeyPolicy: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'AccountAdmin',
              Effect: 'Allow',
              Principal: { AWS: sub('arn:aws:iam::${AWS::AccountId}:root') },
              Action: 'kms:*',
              Resource: '*'
            },
            {
              Sid: 'ServiceUse',
              Effect: 'Allow',
              Principal: {
                Service: pick(rng, ['logs.amazonaws.com', 's3.amazonaws.com', 'sqs.amazonaws.com'])
              },
              Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey*'],
              Resource: '*'
            }
          ]
        }
      }
    }
  }
}

const PORTS = [22, 80, 443, 3306, 5432, 6379, 8080, 3389] as const
const CIDRS = ['10.0.0.0/8', '0.0.0.0/0', '172.16.0.0/12', '192.168.10.0/24'] as const

function securityGroup(rng: Rng, n: number): Resources {
  const id = `ServiceSecurityGroup${n}`
  const ingress = Array.from({ length: int(rng, 1, 4) }, () => {
    const port = pick(rng, PORTS)
    return {
      IpProtocol: 'tcp',
      FromPort: port,
      ToPort: port,
      CidrIp: pick(rng, CIDRS),
      Description: `port ${port}`
    }
  })
  return {
    [id]: {
      Type: 'AWS::EC2::SecurityGroup',
      Properties: {
        GroupDescription: sub(`Service ${n} in \${Environment}`),
        VpcId: ref('VpcId'),
        SecurityGroupIngress: ingress,
        SecurityGroupEgress: [{ IpProtocol: '-1', CidrIp: '0.0.0.0/0' }],
        Tags: tags(rng, `sg-${n}`)
      }
    },
    [`${id}FromLoadBalancer`]: {
      Type: 'AWS::EC2::SecurityGroupIngress',
      Properties: {
        GroupId: getAtt(id, 'GroupId'),
        IpProtocol: 'tcp',
        FromPort: 8080,
        ToPort: 8080,
        ...(chance(rng, 0.8)
          ? { SourceSecurityGroupId: importValue(sub('${Environment}-alb-sg')) }
          : { CidrIp: '0.0.0.0/0' })
      }
    }
  }
}

function database(rng: Rng, n: number): Resources {
  const engine = pick(rng, ['postgres', 'mysql'])
  return {
    [`Database${n}`]: {
      Type: 'AWS::RDS::DBInstance',
      DeletionPolicy: 'Snapshot',
      Properties: {
        DBInstanceIdentifier: sub(`\${AWS::StackName}-db-${n}`),
        Engine: engine,
        EngineVersion: engine === 'postgres' ? pick(rng, ['15.4', '14.9', '11.22']) : '8.0.35',
        DBInstanceClass: pick(rng, ['db.t3.micro', 'db.t3.medium', 'db.m6g.large']),
        AllocatedStorage: String(int(rng, 2, 50) * 10),
        StorageEncrypted: chance(rng, 0.85),
        KmsKeyId: iff('HasKey', ref('KmsKeyArn'), ref('AWS::NoValue')),
        MultiAZ: iff('IsProd', true, chance(rng, 0.3)),
        PubliclyAccessible: chance(rng, 0.1),
        BackupRetentionPeriod: int(rng, 0, 35),
        DeletionProtection: iff('IsProd', true, false),
        AutoMinorVersionUpgrade: chance(rng, 0.8),
        EnableIAMDatabaseAuthentication: chance(rng, 0.5),
        MasterUsername: 'app_admin',
        MasterUserPassword: chance(rng, 0.8)
          ? sub('{{resolve:secretsmanager:${Environment}/db/' + n + ':SecretString:password}}')
          : 'ChangeMe123!',
        DBSubnetGroupName: importValue(sub('${Environment}-db-subnets')),
        VPCSecurityGroups: [getAtt(`ServiceSecurityGroup${n}`, 'GroupId')],
        Tags: tags(rng, `db-${n}`)
      }
    }
  }
}

function cache(rng: Rng, n: number): Resources {
  return {
    [`Cache${n}`]: {
      Type: 'AWS::ElastiCache::ReplicationGroup',
      Properties: {
        ReplicationGroupDescription: `Cache for service ${n}`,
        Engine: 'redis',
        CacheNodeType: pick(rng, ['cache.t3.micro', 'cache.m6g.large']),
        NumCacheClusters: iff('IsProd', 3, 1),
        AutomaticFailoverEnabled: iff('IsProd', true, false),
        AtRestEncryptionEnabled: chance(rng, 0.8),
        TransitEncryptionEnabled: chance(rng, 0.7),
        SnapshotRetentionLimit: int(rng, 0, 7),
        CacheSubnetGroupName: importValue(sub('${Environment}-cache-subnets')),
        SecurityGroupIds: [getAtt(`ServiceSecurityGroup${n}`, 'GroupId')]
      }
    }
  }
}

function trail(rng: Rng, n: number): Resources {
  return {
    [`Trail${n}`]: {
      Type: 'AWS::CloudTrail::Trail',
      Properties: {
        TrailName: sub(`\${AWS::StackName}-trail-${n}`),
        S3BucketName: importValue(sub('${Environment}-trail-bucket')),
        IsLogging: chance(rng, 0.95),
        IsMultiRegionTrail: chance(rng, 0.7),
        IncludeGlobalServiceEvents: true,
        EnableLogFileValidation: chance(rng, 0.8),
        ...(chance(rng, 0.6) ? { KMSKeyId: ref('KmsKeyArn') } : {}),
        CloudWatchLogsLogGroupArn: getAtt(`Logs${n}`, 'Arn'),
        CloudWatchLogsRoleArn: getAtt(`Role${n}`, 'Arn')
      }
    }
  }
}

function taskDefinition(rng: Rng, n: number): Resources {
  const environment: Node[] = [
    { Name: 'ENVIRONMENT', Value: ref('Environment') },
    { Name: 'QUEUE_URL', Value: ref(`Queue${n}`) }
  ]
  if (chance(rng, 0.2)) environment.push({ Name: 'API_SECRET', Value: 'sk_live_51H8example0000000000' })
  return {
    [`Task${n}`]: {
      Type: 'AWS::ECS::TaskDefinition',
      Properties: {
        Family: sub(`\${AWS::StackName}-task-${n}`),
        RequiresCompatibilities: ['FARGATE'],
        NetworkMode: 'awsvpc',
        Cpu: '512',
        Memory: '1024',
        ExecutionRoleArn: getAtt(`Role${n}`, 'Arn'),
        ContainerDefinitions: [
          {
            Name: 'app',
            Image: sub(
              `\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/service-${n}:${pick(rng, ['1.4.2', 'latest', '2.0.0'])}`
            ),
            Essential: true,
            Privileged: chance(rng, 0.1),
            ReadonlyRootFilesystem: chance(rng, 0.6),
            User: chance(rng, 0.7) ? '1000' : 'root',
            PortMappings: [{ ContainerPort: 8080, Protocol: 'tcp' }],
            Environment: environment,
            Secrets: [
              {
                Name: 'DB_PASSWORD',
                ValueFrom: sub(`arn:aws:secretsmanager:\${AWS::Region}:\${AWS::AccountId}:secret:db-${n}`)
              }
            ],
            LogConfiguration: {
              LogDriver: 'awslogs',
              Options: {
                'awslogs-group': ref(`Logs${n}`),
                'awslogs-region': ref('AWS::Region'),
                'awslogs-stream-prefix': 'app'
              }
            }
          }
        ]
      }
    }
  }
}

function role(rng: Rng, n: number): Resources {
  const actions = chance(rng, 0.15)
    ? '*'
    : pick(rng, [
        ['s3:GetObject', 's3:PutObject'],
        ['sqs:SendMessage', 'sqs:ReceiveMessage'],
        ['dynamodb:GetItem', 'dynamodb:Query']
      ])
  return {
    [`Role${n}`]: {
      Type: 'AWS::IAM::Role',
      Properties: {
        RoleName: sub(`\${AWS::StackName}-role-${n}`),
        AssumeRolePolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: {
                Service: [pick(rng, ['lambda.amazonaws.com', 'ecs-tasks.amazonaws.com', 'ec2.amazonaws.com'])]
              },
              Action: 'sts:AssumeRole'
            }
          ]
        },
        ManagedPolicyArns: [
          sub('arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole')
        ],
        Policies: [
          {
            PolicyName: 'service-access',
            PolicyDocument: {
              Version: '2012-10-17',
              Statement: [
                {
                  Effect: 'Allow',
                  Action: actions,
                  Resource: chance(rng, 0.2) ? '*' : getAtt(`Queue${n}`, 'Arn')
                }
              ]
            }
          }
        ]
      }
    }
  }
}

const CODE = `import json
import os

def handler(event, context):
    print(json.dumps(event))
    return {"statusCode": 200, "body": os.environ.get("ENVIRONMENT", "dev")}
`

function lambda(rng: Rng, n: number): Resources {
  return {
    [`Function${n}`]: {
      Type: 'AWS::Lambda::Function',
      Properties: {
        FunctionName: sub(`\${AWS::StackName}-fn-${n}`),
        Runtime: pick(rng, ['python3.12', 'python3.11', 'nodejs20.x', 'python3.7', 'nodejs16.x']),
        Handler: 'index.handler',
        Role: getAtt(`Role${n}`, 'Arn'),
        Timeout: int(rng, 3, 900),
        MemorySize: pick(rng, [128, 256, 512, 1024]),
        Code: { ZipFile: CODE },
        Environment: { Variables: { ENVIRONMENT: ref('Environment'), TABLE: ref(`Table${n}`) } },
        TracingConfig: { Mode: chance(rng, 0.5) ? 'Active' : 'PassThrough' },
        ...(chance(rng, 0.6)
          ? {
              VpcConfig: {
                SubnetIds: ref('SubnetIds'),
                SecurityGroupIds: [getAtt(`ServiceSecurityGroup${n}`, 'GroupId')]
              }
            }
          : {}),
        ...(chance(rng, 0.5) ? { KmsKeyArn: ref('KmsKeyArn') } : {})
      }
    }
  }
}

function table(rng: Rng, n: number): Resources {
  return {
    [`Table${n}`]: {
      Type: 'AWS::DynamoDB::Table',
      Properties: {
        TableName: sub(`\${AWS::StackName}-table-${n}`),
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'S' }
        ],
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' }
        ],
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: chance(rng, 0.7) },
        SSESpecification: chance(rng, 0.6)
          ? { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: ref('KmsKeyArn') }
          : { SSEEnabled: false },
        DeletionProtectionEnabled: iff('IsProd', true, false)
      }
    }
  }
}

function queue(rng: Rng, n: number): Resources {
  return {
    [`Queue${n}`]: {
      Type: 'AWS::SQS::Queue',
      Properties: {
        QueueName: sub(`\${AWS::StackName}-queue-${n}`),
        MessageRetentionPeriod: int(rng, 1, 14) * 86400,
        VisibilityTimeout: 120,
        ...(chance(rng, 0.6)
          ? { KmsMasterKeyId: ref('KmsKeyArn') }
          : { SqsManagedSseEnabled: chance(rng, 0.5) }),
        RedrivePolicy: { deadLetterTargetArn: importValue(sub('${Environment}-dlq-arn')), maxReceiveCount: 5 }
      }
    },
    [`Logs${n}`]: {
      Type: 'AWS::Logs::LogGroup',
      Properties: {
        LogGroupName: sub(`/aws/\${AWS::StackName}/service-${n}`),
        ...(chance(rng, 0.7) ? { RetentionInDays: pick(rng, [7, 30, 90, 365]) } : {}),
        ...(chance(rng, 0.4) ? { KmsKeyId: ref('KmsKeyArn') } : {})
      }
    }
  }
}

const USER_DATA = `#!/bin/bash -xe
yum update -y
yum install -y amazon-cloudwatch-agent
/opt/aws/bin/cfn-init -v --stack \${AWS::StackName} --resource Instance --region \${AWS::Region}
echo "environment=\${Environment}" >> /etc/app.conf
`

function instance(rng: Rng, n: number): Resources {
  return {
    [`Instance${n}`]: {
      Type: 'AWS::EC2::Instance',
      Properties: {
        ImageId: findInMap('RegionMap', ref('AWS::Region'), 'AMI'),
        InstanceType: iff('IsProd', 'm6i.large', 't3.micro'),
        SubnetId: select(0, ref('SubnetIds')),
        AvailabilityZone: select(int(rng, 0, 2), getAZs()),
        SecurityGroupIds: [getAtt(`ServiceSecurityGroup${n}`, 'GroupId')],
        Monitoring: chance(rng, 0.5),
        MetadataOptions: { HttpTokens: chance(rng, 0.75) ? 'required' : 'optional', HttpEndpoint: 'enabled' },
        BlockDeviceMappings: [
          {
            DeviceName: '/dev/xvda',
            Ebs: { VolumeSize: pick(rng, [20, 50, 100]), VolumeType: 'gp3', Encrypted: chance(rng, 0.8) }
          }
        ],
        UserData: base64(sub(USER_DATA)),
        Tags: tags(rng, `instance-${n}`)
      }
    }
  }
}

function listener(rng: Rng, n: number): Resources {
  const https = chance(rng, 0.7)
  return {
    [`Listener${n}`]: {
      Type: 'AWS::ElasticLoadBalancingV2::Listener',
      Properties: {
        LoadBalancerArn: importValue(sub('${Environment}-alb-arn')),
        Port: https ? 443 : 80,
        Protocol: https ? 'HTTPS' : 'HTTP',
        ...(https
          ? {
              SslPolicy: pick(rng, ['ELBSecurityPolicy-TLS13-1-2-2021-06', 'ELBSecurityPolicy-2016-08']),
              Certificates: [{ CertificateArn: ref('CertificateArn') }]
            }
          : {}),
        DefaultActions: [{ Type: 'forward', TargetGroupArn: importValue(sub(`\${Environment}-tg-${n}`)) }]
      }
    }
  }
}

function repository(rng: Rng, n: number): Resources {
  return {
    [`Repository${n}`]: {
      Type: 'AWS::ECR::Repository',
      Properties: {
        RepositoryName: `service-${n}`,
        ImageTagMutability: chance(rng, 0.6) ? 'IMMUTABLE' : 'MUTABLE',
        ImageScanningConfiguration: { ScanOnPush: chance(rng, 0.7) },
        EncryptionConfiguration: { EncryptionType: 'KMS', KmsKey: ref('KmsKeyArn') }
      }
    },
    [`FileSystem${n}`]: {
      Type: 'AWS::EFS::FileSystem',
      Properties: {
        Encrypted: chance(rng, 0.8),
        PerformanceMode: 'generalPurpose',
        BackupPolicy: { Status: chance(rng, 0.6) ? 'ENABLED' : 'DISABLED' },
        FileSystemTags: [{ Key: 'Name', Value: sub(`\${AWS::StackName}-fs-${n}`) }]
      }
    }
  }
}

/** One service's resources: its role, queue and log group, security group, then a mix of the rest. */
export function serviceResources(rng: Rng, n: number): Resources {
  const extra = [
    bucket,
    key,
    database,
    cache,
    trail,
    taskDefinition,
    lambda,
    table,
    instance,
    listener,
    repository
  ]
  let resources: Resources = { ...role(rng, n), ...queue(rng, n), ...securityGroup(rng, n) }
  for (let k = int(rng, 2, 5); k > 0; k--) resources = { ...resources, ...pick(rng, extra)(rng, n) }
  return resources
}

/** Stack outputs for some of the resources, exported by stack name. */
export function outputs(resources: Resources): Record<string, Node> {
  const out: Record<string, Node> = {}
  for (const id of Object.keys(resources).filter(id =>
    /^(?:DataBucket|Queue|Database|Function)\d+$/.test(id)
  )) {
    const attribute = id.startsWith('Database') ? 'Endpoint.Address' : 'Arn'
    out[`${id}Output`] = {
      Description: `The ${id} ${attribute}`,
      Value: getAtt(id, attribute),
      Export: { Name: sub(`\${AWS::StackName}-${id}`) }
    }
  }
  out.StackRegion = { Value: join(':', [ref('AWS::Region'), ref('AWS::AccountId')]) }
  return out
}
