resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.m6g.large"
  allocated_storage           = 100
  username                    = "orders"
  manage_master_user_password = true
  backup_retention_period     = 14
}

resource "aws_db_instance" "billing" {
  identifier                  = "billing"
  engine                      = "mysql"
  instance_class              = "db.m6g.large"
  allocated_storage           = 50
  username                    = "billing"
  manage_master_user_password = true
  multi_az                    = false
}
