variable "backup_days" {
  type    = number
  default = 14
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier          = "catalog"
  engine                      = "docdb"
  master_username             = "catalog"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 7
  preferred_backup_window     = "02:00-03:00"
}

resource "aws_docdb_cluster" "profiles" {
  cluster_identifier          = "profiles"
  engine                      = "docdb"
  master_username             = "profiles"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = var.backup_days
}
