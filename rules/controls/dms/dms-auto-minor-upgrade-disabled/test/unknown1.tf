variable "auto_minor_version_upgrade" {
  type = bool
}

resource "aws_dms_replication_instance" "orders_migration" {
  replication_instance_id    = "orders-migration"
  replication_instance_class = "dms.t3.medium"
  allocated_storage          = 50
  publicly_accessible        = false
  auto_minor_version_upgrade = var.auto_minor_version_upgrade
}
