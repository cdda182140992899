resource "aws_rds_cluster" "analytics" {
  cluster_identifier          = "analytics"
  engine                      = "aurora-postgresql"
  engine_version              = "16.4"
  master_username             = "analytics"
  manage_master_user_password = true
  auto_minor_version_upgrade  = false
}

resource "aws_rds_cluster_instance" "analytics_writer" {
  identifier         = "analytics-writer"
  cluster_identifier = aws_rds_cluster.analytics.id
  engine             = aws_rds_cluster.analytics.engine
  instance_class     = "db.r6g.large"
}

locals {
  pin_engine = false
}

# a Multi-AZ DB cluster
resource "aws_rds_cluster" "ledger" {
  cluster_identifier          = "ledger"
  engine                      = "postgres"
  db_cluster_instance_class   = "db.m6gd.large"
  storage_type                = "io1"
  allocated_storage           = 100
  iops                        = 1000
  master_username             = "ledger"
  manage_master_user_password = true
  auto_minor_version_upgrade  = local.pin_engine
}
