import type { SourceFile } from '../../src/formats/format.js'
import { int, pick, type Rng } from '../random.js'

// Terraform as teams write it: one module directory per stack (variables, locals, buckets with their
// versioning, encryption and public-access resources, security groups with `dynamic` blocks, IAM policies
// as heredoc JSON and `jsonencode`, instances, databases, remote module calls, tfvars), some settings
// safe and some not, so that the controls find something. bench/terraform-parse.ts uses the same units.

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
export function terraformUnit(rng: Rng, u: number): SourceFile[] {
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
