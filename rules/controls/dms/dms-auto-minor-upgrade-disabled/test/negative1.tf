locals {
  patch_automatically = true
}

resource "aws_dms_replication_instance" "orders_migration" {
  replication_instance_id      = "orders-migration"
  replication_instance_class   = "dms.t3.medium"
  allocated_storage            = 50
  replication_subnet_group_id  = "orders-private"
  publicly_accessible          = false
  auto_minor_version_upgrade   = true
  preferred_maintenance_window = "sun:04:00-sun:04:30"
}

resource "aws_dms_replication_instance" "warehouse_feed" {
  replication_instance_id    = "warehouse-feed"
  replication_instance_class = "dms.c5.large"
  allocated_storage          = 100
  publicly_accessible        = false
  auto_minor_version_upgrade = local.patch_automatically
}
