locals {
  protect_databases = true
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier          = "catalog"
  engine                      = "docdb"
  master_username             = "catalog"
  manage_master_user_password = true
  storage_encrypted           = true
  deletion_protection         = true
  final_snapshot_identifier   = "catalog-final"
}

resource "aws_docdb_cluster" "profiles" {
  cluster_identifier          = "profiles"
  engine                      = "docdb"
  master_username             = "profiles"
  manage_master_user_password = true
  storage_encrypted           = true
  deletion_protection         = local.protect_databases
}
