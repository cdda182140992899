variable "retention_days" {
  type    = number
  default = 3
}

resource "aws_rds_cluster" "analytics" {
  cluster_identifier      = "analytics"
  engine                  = "aurora-postgresql"
  backup_retention_period = var.retention_days
}

resource "aws_rds_cluster" "defaults" {
  cluster_identifier = "defaults"
  engine             = "aurora-mysql"
}
