resource "aws_rds_cluster" "analytics" {
  cluster_identifier           = "analytics"
  engine                       = "aurora-postgresql"
  master_username              = "analytics"
  manage_master_user_password  = true
  preferred_maintenance_window = "sun:03:00-sun:04:00"
}

resource "aws_rds_cluster" "ledger" {
  cluster_identifier          = "ledger"
  engine                      = "postgres"
  db_cluster_instance_class   = "db.m6gd.large"
  storage_type                = "io1"
  allocated_storage           = 100
  iops                        = 1000
  master_username             = "ledger"
  manage_master_user_password = true
  auto_minor_version_upgrade  = true
}
