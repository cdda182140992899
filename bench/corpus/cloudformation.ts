import type { SourceFile } from '../../src/formats/format.js'
import { chance, int, pick, random, type Rng } from '../random.js'
import { equals, longForm, not, ref, sub } from './cloudformation-intrinsics.js'
import { outputs, serviceResources, type Resources } from './cloudformation-resources.js'
import { block, type Node } from './yaml-emitter.js'

// CloudFormation templates as stacks are written: parameters, conditions and a region map, several services'
// resources with intrinsics everywhere, outputs with exports; one in five a SAM template with Globals and
// serverless functions. The YAML corpus writes them with short forms (`!Ref`, `!Sub`, `!GetAtt`, `!If`),
// the JSON corpus the same templates with long forms, as CDK output and hand-written JSON templates do.

const PARAMETERS: Record<string, Node> = {
  Environment: { Type: 'String', AllowedValues: ['dev', 'staging', 'prod'], Default: 'dev' },
  VpcId: { Type: 'AWS::EC2::VPC::Id', Description: 'The VPC the services run in' },
  SubnetIds: { Type: 'List<AWS::EC2::Subnet::Id>', Description: 'Private subnets' },
  KmsKeyArn: { Type: 'String', Default: '', Description: 'Customer managed key for encryption at rest' },
  CertificateArn: { Type: 'String', Default: '' }
}

const CONDITIONS: Record<string, Node> = {
  IsProd: equals(ref('Environment'), 'prod'),
  HasKey: not(equals(ref('KmsKeyArn'), ''))
}

const MAPPINGS: Record<string, Node> = {
  RegionMap: {
    'eu-west-1': { AMI: 'ami-0a8e758f5e873d1c1' },
    'us-east-1': { AMI: 'ami-0c02fb55956c7d316' },
    'ap-southeast-2': { AMI: 'ami-0b7dcd6e6fd797935' }
  }
}

function samFunctions(rng: Rng, t: number): Resources {
  const functions: Resources = {}
  for (let k = int(rng, 1, 4); k > 0; k--) {
    functions[`Api${t}Function${k}`] = {
      Type: 'AWS::Serverless::Function',
      Properties: {
        CodeUri: `src/handler-${k}/`,
        Handler: 'app.handler',
        Runtime: pick(rng, ['python3.12', 'nodejs20.x', 'python3.8', 'nodejs14.x']),
        Policies: [{ DynamoDBCrudPolicy: { TableName: sub(`\${AWS::StackName}-items`) } }],
        Events: {
          Api: { Type: 'Api', Properties: { Path: `/items/${k}`, Method: pick(rng, ['get', 'post']) } }
        },
        ...(chance(rng, 0.3) ? { FunctionUrlConfig: { AuthType: 'NONE' } } : {})
      }
    }
  }
  return functions
}

/** One template: a header, then two to four services, and their outputs. */
export function cloudFormationTemplate(rng: Rng, t: number): Record<string, Node> {
  const sam = chance(rng, 0.2)
  let resources: Resources = {}
  for (let s = int(rng, 2, 4); s > 0; s--) resources = { ...resources, ...serviceResources(rng, t * 10 + s) }
  if (sam) resources = { ...resources, ...samFunctions(rng, t) }
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    ...(sam ? { Transform: 'AWS::Serverless-2016-10-31' } : {}),
    Description: `Stack ${t}: ${pick(rng, ['orders', 'payments', 'search', 'reporting', 'identity'])} services`,
    ...(sam ? { Globals: { Function: { Timeout: 30, Tracing: 'Active', MemorySize: 256 } } } : {}),
    Parameters: PARAMETERS,
    Conditions: CONDITIONS,
    Mappings: MAPPINGS,
    Resources: resources,
    Outputs: outputs(resources)
  }
}

/** A comment line before every resource, as template authors leave them. */
function yamlText(template: Record<string, Node>, t: number): string {
  const { Resources: resources, ...header } = template as { Resources: Record<string, Node> }
  const { Outputs: out, ...top } = header as { Outputs: Node }
  const body = Object.entries(resources)
    .map(([id, resource]) => `  # ${id}: owned by the stack ${t} team\n${block({ [id]: resource }, 2)}`)
    .join('\n')
  return `${block(top)}\nResources:\n${body}\n${block({ Outputs: out })}`
}

/** Templates until the corpus holds `bytes` bytes: YAML with short forms, or JSON with long forms. */
export function cloudFormationCorpus(bytes: number, syntax: 'yaml' | 'json', seed = 20240602): SourceFile[] {
  const rng = random(seed)
  const files: SourceFile[] = []
  for (let t = 0, size = 0; size < bytes; t++) {
    const template = cloudFormationTemplate(rng, t)
    const dir = `stacks/${pick(rng, ['orders', 'payments', 'search', 'reporting', 'identity'])}-${t}`
    const file =
      syntax === 'yaml'
        ? { path: `${dir}/${t % 2 === 0 ? 'template.yaml' : 'stack.yml'}`, text: yamlText(template, t) }
        : {
            path: t % 2 === 0 ? `cdk.out/Stack${t}.template.json` : `${dir}/template.json`,
            text: `${JSON.stringify(longForm(template), null, t % 2 === 0 ? 1 : 2)}\n`
          }
    size += Buffer.byteLength(file.text)
    files.push(file)
  }
  return files
}
