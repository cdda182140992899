resource "aws_db_instance" "orders" {
  identifier              = "orders"
  engine                  = "postgres"
  instance_class          = "db.t3.micro"
  allocated_storage       = 20
  backup_retention_period = 14
  backup_window           = "02:00-03:00"
}

resource "aws_db_instance" "orders_replica" {
  identifier          = "orders-replica"
  replicate_source_db = aws_db_instance.orders.identifier
  instance_class      = "db.t3.micro"
}

resource "aws_rds_cluster" "analytics" {
  cluster_identifier      = "analytics"
  engine                  = "aurora-postgresql"
  backup_retention_period = 7
}
