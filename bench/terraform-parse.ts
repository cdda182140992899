/**
 * Terraform parser throughput on a deterministic, realistic corpus built in
 * memory, next to JSON.parse of a JSON document of the same shape.
 *
 *   npx ncc build bench/terraform-parse.ts -o build/bench-tf && node build/bench-tf/index.js [megabytes]
 */
import { parseHcl, terraformParser } from '../src/formats/terraform/index.js'
import type { SourceFile } from '../src/formats/format.js'
import type { Value } from '../src/model.js'

/** mulberry32: a small seeded generator, so every run sees the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Rng = () => number
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T
const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1))

const ENVS = ['dev', 'staging', 'prod'] as const
const PORTS = [22, 80, 443, 3306, 5432, 6379, 8080, 9200] as const
const ACTIONS = [
  's3:GetObject',
  's3:PutObject',
  's3:ListBucket',
  'kms:Decrypt',
  'logs:PutLogEvents',
  'sqs:SendMessage'
] as const

function bucket(rng: Rng, n: number): string {
  const name = `data_${n}`
  return `# Bucket for ${pick(rng, ['logs', 'artifacts', 'backups', 'uploads'])} (owned by team ${int(rng, 1, 40)})
resource "aws_s3_bucket" "${name}" {
  bucket        = "\${local.prefix}-${name}-\${var.environment}"
  force_destroy = ${rng() < 0.2}

  tags = merge(local.common_tags, {
    Name        = "${name}"
    Criticality = "${pick(rng, ['low', 'medium', 'high'])}"
  })
}

resource "aws_s3_bucket_versioning" "${name}" {
  bucket = aws_s3_bucket.${name}.id
  versioning_configuration {
    status = "${rng() < 0.7 ? 'Enabled' : 'Suspended'}"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "${name}" {
  bucket = aws_s3_bucket.${name}.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = var.kms_key_arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_public_access_block" "${name}" {
  bucket                  = aws_s3_bucket.${name}.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = ${rng() < 0.9}
  restrict_public_buckets = true
}

`
}

function securityGroup(rng: Rng, n: number): string {
  const rules = Array.from({ length: int(rng, 2, 5) }, () => {
    const port = pick(rng, PORTS)
    return `  ingress {
    description = "Allow ${port} from ${pick(rng, ['the VPC', 'the office', 'anywhere', 'the load balancer'])}"
    from_port   = ${port}
    to_port     = ${port}
    protocol    = "tcp"
    cidr_blocks = ["${pick(rng, ['10.0.0.0/8', '0.0.0.0/0', '172.16.0.0/12', '192.168.1.0/24'])}"]
  }
`
  }).join('\n')
  return `resource "aws_security_group" "sg_${n}" {
  name        = "sg-${n}-\${var.environment}"
  description = "Security group ${n}"
  vpc_id      = data.aws_vpc.main.id

${rules}
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  dynamic "ingress" {
    for_each = var.extra_ports
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = [var.vpc_cidr]
    }
  }

  lifecycle {
    create_before_destroy = true
  }
}

`
}

function policy(rng: Rng, n: number): string {
  const actions = Array.from({ length: int(rng, 1, 4) }, () => `        "${pick(rng, ACTIONS)}"`).join(',\n')
  return `resource "aws_iam_policy" "policy_${n}" {
  name        = "policy-${n}"
  description = "Access for service ${n}"
  policy      = <<-EOF
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "Stmt${n}",
          "Effect": "Allow",
          "Action": [
${actions}
          ],
          "Resource": "arn:aws:s3:::\${var.bucket_name}/*"
        }
      ]
    }
  EOF
}

resource "aws_iam_role" "role_${n}" {
  name = "role-${n}"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Action    = "sts:AssumeRole"
      Effect    = "Allow"
      Principal = { Service = "${pick(rng, ['ec2', 'lambda', 'ecs-tasks'])}.amazonaws.com" }
    }]
  })
  max_session_duration = ${int(rng, 1, 12) * 3600}
}

data "aws_iam_policy_document" "doc_${n}" {
  statement {
    sid       = "Read${n}"
    effect    = "Allow"
    actions   = ["${pick(rng, ACTIONS)}", "${pick(rng, ACTIONS)}"]
    resources = ["\${aws_s3_bucket.data_${n}.arn}/*"]

    condition {
      test     = "StringEquals"
      variable = "aws:SourceVpc"
      values   = [data.aws_vpc.main.id]
    }
  }
}

`
}

function compute(rng: Rng, n: number): string {
  return `resource "aws_instance" "app_${n}" {
  count                  = var.environment == "prod" ? ${int(rng, 2, 4)} : 1
  ami                    = data.aws_ami.base.id
  instance_type          = lookup(local.instance_types, var.environment, "t3.micro")
  subnet_id              = element(var.subnet_ids, count.index)
  vpc_security_group_ids = [aws_security_group.sg_${n}.id]
  monitoring             = ${rng() < 0.5}

  metadata_options {
    http_tokens   = "${rng() < 0.8 ? 'required' : 'optional'}"
    http_endpoint = "enabled"
  }

  root_block_device {
    volume_size = ${pick(rng, [20, 50, 100])}
    encrypted   = ${rng() < 0.85}
  }

  tags = merge(local.common_tags, { Name = format("app-%s-%d", var.environment, count.index) })
}

resource "aws_db_instance" "db_${n}" {
  identifier                 = "db-${n}"
  engine                     = "${pick(rng, ['postgres', 'mysql'])}"
  engine_version             = "${pick(rng, ['14.9', '15.4', '8.0.35'])}"
  instance_class             = "db.t3.${pick(rng, ['micro', 'small', 'medium'])}"
  allocated_storage          = ${int(rng, 2, 50) * 10}
  storage_encrypted          = ${rng() < 0.9}
  multi_az                   = var.environment == "prod"
  backup_retention_period    = ${int(rng, 0, 35)}
  auto_minor_version_upgrade = ${rng() < 0.8}
  publicly_accessible        = false
  skip_final_snapshot        = var.environment != "prod"
  username                   = "admin"
  password                   = var.db_password
}

`
}

function moduleCall(rng: Rng, n: number): string {
  return `module "network_${n}" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 5.${int(rng, 0, 9)}"

  name            = "vpc-${n}"
  cidr            = "10.${n % 250}.0.0/16"
  azs             = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
  private_subnets = [for i in range(3) : cidrsubnet("10.${n % 250}.0.0/16", 8, i)]
  enable_nat_gateway = true
  tags            = local.common_tags
}

`
}

function variables(rng: Rng): string {
  return `variable "environment" {
  description = "Deployment environment"
  type        = string
  default     = "${pick(rng, ENVS)}"
}

variable "kms_key_arn" {
  description = "KMS key for encryption at rest"
  type        = string
}

variable "extra_ports" {
  type    = list(number)
  default = [${int(rng, 8000, 8999)}, ${int(rng, 9000, 9999)}]
}

variable "subnet_ids" {
  type    = list(string)
  default = []
}

variable "vpc_cidr" {
  type    = string
  default = "10.0.0.0/16"
}

variable "bucket_name" {
  type = string
}

variable "db_password" {
  type      = string
  sensitive = true
}

locals {
  prefix = "acme-\${var.environment}"
  common_tags = {
    Environment = var.environment
    ManagedBy   = "terraform"
    CostCenter  = "${int(rng, 1000, 9999)}"
  }
  instance_types = {
    dev     = "t3.micro"
    staging = "t3.small"
    prod    = "m5.large"
  }
}

data "aws_vpc" "main" {
  default = true
}

data "aws_ami" "base" {
  most_recent = true
  owners      = ["amazon"]
}

`
}

const SECTIONS = [bucket, securityGroup, policy, compute] as const

/** One module directory: variables and locals, then a mix of resources, a module call and a tfvars file. */
function unitFiles(rng: Rng, u: number): SourceFile[] {
  const dir = `stacks/s${u}`
  let main = `/*
 * Stack ${u}: storage, network and compute for service ${u}.
 * Owned by team ${int(rng, 1, 40)}; see the runbook before changing security groups.
 */
// Generated layout: one module per stack.

`
  for (let k = 0; k < 8; k++) main += pick(rng, SECTIONS)(rng, u * 10 + k)
  main += moduleCall(rng, u)
  return [
    { path: `${dir}/variables.tf`, text: variables(rng) },
    { path: `${dir}/main.tf`, text: main },
    { path: `${dir}/terraform.tfvars`, text: `environment = "${pick(rng, ENVS)}"\nbucket_name = "b-${u}"\n` }
  ]
}

function corpus(megabytes: number): SourceFile[][] {
  const rng = random(20240601)
  const units: SourceFile[][] = []
  let size = 0
  for (let u = 0; size < megabytes * 1e6; u++) {
    const files = unitFiles(rng, u)
    for (const f of files) size += f.text.length
    units.push(files)
  }
  return units
}

/** The model without spans, unknowns as their source text: the JSON counterpart of the corpus. */
function plain(value: Value): unknown {
  switch (value.kind) {
    case 'list':
      return value.items.map(plain)
    case 'map':
      return Object.fromEntries([...value.entries].map(([k, v]) => [k, plain(v)]))
    case 'unknown':
      return `\${${value.expr}}`
    case 'null':
      return null
    default:
      return value.value
  }
}

/** The model as plain JSON data, spans included: the object graph the parser builds. */
function withSpans(value: Value): unknown {
  switch (value.kind) {
    case 'list':
      return { kind: 'list', items: value.items.map(withSpans), span: value.span }
    case 'map':
      return {
        kind: 'map',
        entries: Object.fromEntries([...value.entries].map(([k, v]) => [k, withSpans(v)])),
        keySpans: Object.fromEntries(value.keySpans ?? []),
        span: value.span
      }
    default:
      return value
  }
}

function bestOf3(run: () => void): number {
  let best = Infinity
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint()
    run()
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9)
  }
  return best
}

function parseAll(units: SourceFile[][]): { resources: number; errors: number } {
  let resources = 0
  let errors = 0
  for (const unit of units) {
    const out = terraformParser.parse(terraformParser.unitOf(unit[0]?.path ?? ''), unit)
    resources += out.resources.length
    errors += out.errors.length
  }
  return { resources, errors }
}

/** Three JSON documents of the parsed corpus: the data indented and compact, and the model with its spans. */
function jsonDocuments(units: SourceFile[][]): Record<string, string> {
  const models = units.map(unit => terraformParser.parse('.', unit).resources)
  const data = models.map(rs => rs.map(r => ({ type: r.type, address: r.address, body: plain(r.body) })))
  const spanned = models.map(rs => rs.map(r => ({ ...r, body: withSpans(r.body) })))
  return {
    'same data, indented': JSON.stringify(data, null, 2),
    'same data, compact': JSON.stringify(data),
    'the model with spans': JSON.stringify(spanned)
  }
}

function row(label: string, megabytes: number, seconds: number): string {
  const rate = `${(megabytes / seconds).toFixed(1)} MB/s`
  return `${label.padEnd(52)} ${rate.padStart(11)}  (${(seconds * 1000).toFixed(0)} ms)`
}

function main(): void {
  const units = corpus(Number(process.argv[2] ?? 15))
  const files = units.flat()
  const megabytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0) / 1e6
  const syntax = bestOf3(() => {
    for (const f of files) parseHcl(f.path, f.text)
  })
  const full = bestOf3(() => parseAll(units))
  const { resources, errors } = parseAll(units)
  const lines = [
    `corpus: ${megabytes.toFixed(1)} MB of Terraform, ${files.length} files in ${units.length} modules, ${resources} resources, ${errors} errors`,
    row('parseHcl (syntax tree)', megabytes, syntax),
    row('terraformParser.parse (model with spans, evaluated)', megabytes, full)
  ]
  for (const [label, json] of Object.entries(jsonDocuments(units))) {
    const size = Buffer.byteLength(json) / 1e6
    lines.push(
      row(
        `JSON.parse, ${label} (${size.toFixed(1)} MB)`,
        size,
        bestOf3(() => JSON.parse(json))
      )
    )
  }
  lines.push(`node ${process.version}, best of 3 in one process`)
  process.stdout.write(lines.join('\n') + '\n')
}

main()
