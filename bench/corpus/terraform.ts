import type { SourceFile } from '../../src/formats/format.js'
import { chance, int, pick, random, type Rng } from '../random.js'
import { terraformUnit } from './terraform-units.js'

// A Terraform repository: stack directories (bench/corpus/terraform-units.ts), half of them also calling
// local modules under modules/ with their own arguments, so that the scan follows module calls and
// evaluates each module once per call, as it does in real repositories.

const LOCAL_MODULES: Record<string, SourceFile[]> = {
  'log-bucket': [
    {
      path: 'main.tf',
      text: `resource "aws_s3_bucket" "this" {
  bucket = "\${var.name}-logs"
  tags   = var.tags
}

resource "aws_s3_bucket_versioning" "this" {
  bucket = aws_s3_bucket.this.id
  versioning_configuration {
    status = var.versioning ? "Enabled" : "Suspended"
  }
}

resource "aws_s3_bucket_public_access_block" "this" {
  bucket                  = aws_s3_bucket.this.id
  block_public_acls       = true
  block_public_policy     = var.block_public_policy
  ignore_public_acls      = true
  restrict_public_buckets = var.block_public_policy
}
`
    },
    {
      path: 'variables.tf',
      text: `variable "name" {
  type = string
}

variable "versioning" {
  type    = bool
  default = true
}

variable "block_public_policy" {
  type    = bool
  default = true
}

variable "tags" {
  type    = map(string)
  default = {}
}
`
    },
    { path: 'outputs.tf', text: 'output "arn" {\n  value = aws_s3_bucket.this.arn\n}\n' }
  ],
  'service-sg': [
    {
      path: 'main.tf',
      text: `resource "aws_security_group" "this" {
  name        = "\${var.name}-sg"
  description = "Service \${var.name}"
  vpc_id      = var.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "service" {
  for_each          = toset([for p in var.ports : tostring(p)])
  security_group_id = aws_security_group.this.id
  cidr_ipv4         = var.cidr
  from_port         = tonumber(each.value)
  to_port           = tonumber(each.value)
  ip_protocol       = "tcp"
}
`
    },
    {
      path: 'variables.tf',
      text: `variable "name" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "cidr" {
  type    = string
  default = "10.0.0.0/8"
}

variable "ports" {
  type    = list(number)
  default = [443]
}
`
    },
    { path: 'outputs.tf', text: 'output "id" {\n  value = aws_security_group.this.id\n}\n' }
  ],
  queue: [
    {
      path: 'main.tf',
      text: `resource "aws_sqs_queue" "this" {
  name                      = var.name
  kms_master_key_id         = var.kms_key_id
  message_retention_seconds = var.retention_days * 86400
}

resource "aws_sqs_queue" "dead_letter" {
  name                    = "\${var.name}-dlq"
  sqs_managed_sse_enabled = true
}
`
    },
    {
      path: 'variables.tf',
      text: `variable "name" {
  type = string
}

variable "kms_key_id" {
  type    = string
  default = null
}

variable "retention_days" {
  type    = number
  default = 4
}
`
    }
  ]
}

function moduleCalls(rng: Rng, u: number): string {
  const calls: string[] = []
  if (chance(rng, 0.6))
    calls.push(`module "logs" {
  source              = "../../modules/log-bucket"
  name                = "stack-${u}"
  versioning          = ${chance(rng, 0.8)}
  block_public_policy = ${chance(rng, 0.9)}
  tags                = local.common_tags
}
`)
  if (chance(rng, 0.6))
    calls.push(`module "service_sg" {
  source = "../../modules/service-sg"
  name   = "svc-${u}"
  vpc_id = data.aws_vpc.main.id
  cidr   = "${pick(rng, ['10.0.0.0/8', '0.0.0.0/0', '172.16.0.0/12'])}"
  ports  = [${pick(rng, ['443', '22, 443', '80, 443', '5432'])}]
}
`)
  if (chance(rng, 0.4))
    calls.push(`module "events" {
  source         = "../../modules/queue"
  name           = "events-${u}"
  retention_days = ${int(rng, 1, 14)}${chance(rng, 0.7) ? '\n  kms_key_id     = var.kms_key_arn' : ''}
}
`)
  return calls.join('\n')
}

/** Stacks until the corpus holds `bytes` bytes, after the local modules they call. */
export function terraformCorpus(bytes: number, seed = 20240601): SourceFile[] {
  const rng = random(seed)
  const files: SourceFile[] = Object.entries(LOCAL_MODULES).flatMap(([name, module]) =>
    module.map(file => ({ path: `modules/${name}/${file.path}`, text: file.text }))
  )
  let size = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0)
  for (let u = 0; size < bytes; u++) {
    const unit = terraformUnit(rng, u)
    const calls = moduleCalls(rng, u)
    if (calls !== '') unit.push({ path: `stacks/s${u}/modules.tf`, text: calls })
    for (const file of unit) size += Buffer.byteLength(file.text)
    files.push(...unit)
  }
  return files
}
