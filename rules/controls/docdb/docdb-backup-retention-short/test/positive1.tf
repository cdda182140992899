resource "aws_docdb_cluster" "catalog" {
  cluster_identifier          = "catalog"
  engine                      = "docdb"
  master_username             = "catalog"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_docdb_cluster" "profiles" {
  cluster_identifier          = "profiles"
  engine                      = "docdb"
  master_username             = "profiles"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 3
}
