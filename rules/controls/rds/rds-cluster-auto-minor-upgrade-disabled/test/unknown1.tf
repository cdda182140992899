variable "auto_minor_version_upgrade" {
  type = bool
}

resource "aws_rds_cluster" "analytics" {
  cluster_identifier          = "analytics"
  engine                      = "aurora-mysql"
  master_username             = "analytics"
  manage_master_user_password = true
  auto_minor_version_upgrade  = var.auto_minor_version_upgrade
}
