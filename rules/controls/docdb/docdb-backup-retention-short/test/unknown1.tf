variable "backup_days" {
  type = number
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier          = "catalog"
  engine                      = "docdb"
  master_username             = "catalog"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = var.backup_days
}
