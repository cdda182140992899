import type { SourceFile } from '../../src/formats/format.js'
import { cloudFormationCorpus } from './cloudformation.js'
import { kubernetesCorpus } from './kubernetes.js'
import { terraformCorpus } from './terraform.js'

// A pull request of 50 files in a repository of a few hundred: Terraform stacks with local modules,
// CloudFormation templates (YAML and JSON) and Kubernetes manifests at base; at head, 20 Terraform
// main.tf files, 15 templates and 15 manifests edited the way reviews see them — a protection switched
// off here, another switched on there, a new resource appended — so that the review has new findings,
// fixed ones, classified changes and comments to post.

export interface PullRequestTrees {
  base: SourceFile[]
  head: SourceFile[]
  changed: string[]
}

type Edit = readonly [from: RegExp, to: string]

const TERRAFORM_EDITS: readonly Edit[] = [
  [/encrypted {3}= false/, 'encrypted   = true'],
  [/http_tokens {3}= "required"/, 'http_tokens   = "optional"'],
  [/block_public_acls {7}= true/, 'block_public_acls       = false'],
  [/storage_encrypted {10}= true/, 'storage_encrypted          = false']
]

const CLOUDFORMATION_EDITS: readonly Edit[] = [
  [/StorageEncrypted: false/, 'StorageEncrypted: true'],
  [/EnableKeyRotation: true/, 'EnableKeyRotation: false'],
  [/HttpTokens: required/, 'HttpTokens: optional'],
  [/IsMultiRegionTrail: true/, 'IsMultiRegionTrail: false']
]

const KUBERNETES_EDITS: readonly Edit[] = [
  [/privileged: true/, 'privileged: false'],
  [/readOnlyRootFilesystem: true/, 'readOnlyRootFilesystem: false'],
  [/runAsNonRoot: true/, 'runAsNonRoot: false'],
  [/drop: \[ALL\]/, 'add: [SYS_ADMIN]']
]

function addedTerraform(n: number): string {
  return `
resource "aws_vpc_security_group_ingress_rule" "admin_${n}" {
  security_group_id = aws_security_group.sg_${n}.id
  cidr_ipv4         = "0.0.0.0/0"
  from_port         = 22
  to_port           = 22
  ip_protocol       = "tcp"
}

resource "aws_s3_bucket" "scratch_${n}" {
  bucket = "scratch-${n}-\${var.environment}"
}
`
}

function addedCloudFormation(n: number): string {
  return `  # Added by this pull request
  ScratchBucket${n}:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub 'scratch-${n}-\${AWS::AccountId}'
      VersioningConfiguration:
        Status: Suspended

`
}

function addedKubernetes(n: number): string {
  return `---
apiVersion: v1
kind: Service
metadata:
  name: debug-${n}
  namespace: default
spec:
  type: LoadBalancer
  selector:
    app: debug-${n}
  ports:
    - port: 22
      targetPort: 22
`
}

function edit(text: string, edits: readonly Edit[]): string {
  return edits.reduce((out, [from, to]) => out.replace(from, to), text)
}

function changeFile(file: SourceFile, n: number): SourceFile {
  if (file.path.endsWith('.tf'))
    return { ...file, text: edit(file.text, TERRAFORM_EDITS) + addedTerraform(n) }
  if (file.path.startsWith('cloudformation/')) {
    const text = edit(file.text, CLOUDFORMATION_EDITS).replace(
      /\nOutputs:/,
      `\n${addedCloudFormation(n)}Outputs:`
    )
    return { ...file, text }
  }
  return { ...file, text: edit(file.text, KUBERNETES_EDITS) + addedKubernetes(n) }
}

const under = (dir: string, files: SourceFile[]) =>
  files.map(f => ({ path: `${dir}/${f.path}`, text: f.text }))

/** The base tree, the head tree and the 50 paths that differ. */
export function pullRequestTrees(): PullRequestTrees {
  const base = [
    ...under('infra', terraformCorpus(350_000, 7001)),
    ...under('cloudformation', cloudFormationCorpus(600_000, 'yaml', 7002)),
    ...under('cloudformation', cloudFormationCorpus(250_000, 'json', 7003)),
    ...under('k8s', kubernetesCorpus(300_000, 7004))
  ]
  const pick = (test: (path: string) => boolean, count: number) =>
    base.filter(f => test(f.path)).slice(0, count)
  const chosen = [
    ...pick(p => /^infra\/stacks\/s\d+\/main\.tf$/.test(p), 20),
    ...pick(p => p.startsWith('cloudformation/') && /\.ya?ml$/.test(p), 15),
    ...pick(p => p.startsWith('k8s/'), 15)
  ]
  const changed = new Map(chosen.map((file, n) => [file.path, changeFile(file, n)]))
  return { base, head: base.map(f => changed.get(f.path) ?? f), changed: [...changed.keys()] }
}
