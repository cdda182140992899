variable "auto_upgrade" {
  type    = bool
  default = false
}

resource "aws_rds_cluster_instance" "reader" {
  identifier                 = "reader-1"
  cluster_identifier         = "analytics"
  engine                     = "aurora-postgresql"
  instance_class             = "db.r6g.large"
  auto_minor_version_upgrade = var.auto_upgrade
}
