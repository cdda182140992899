resource "aws_kms_key" "documents" {
  description         = "Document databases"
  enable_key_rotation = true
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier          = "catalog"
  engine                      = "docdb"
  master_username             = "catalog"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.documents.arn
}

# restored from an encrypted snapshot
resource "aws_docdb_cluster" "catalog_staging" {
  cluster_identifier  = "catalog-staging"
  engine              = "docdb"
  snapshot_identifier = "catalog-2024-06-01"
}
