variable "deletion_protection" {
  type = bool
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier          = "catalog"
  engine                      = "docdb"
  master_username             = "catalog"
  manage_master_user_password = true
  storage_encrypted           = true
  deletion_protection         = var.deletion_protection
}
