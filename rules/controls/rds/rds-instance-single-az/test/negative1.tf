variable "high_availability" {
  type    = bool
  default = true
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.m6g.large"
  allocated_storage           = 100
  username                    = "orders"
  manage_master_user_password = true
  multi_az                    = true
}

resource "aws_db_instance" "billing" {
  identifier                  = "billing"
  engine                      = "mysql"
  instance_class              = "db.m6g.large"
  allocated_storage           = 50
  username                    = "billing"
  manage_master_user_password = true
  multi_az                    = var.high_availability
}

# a read replica for reporting queries: it follows the source database
resource "aws_db_instance" "orders_reporting" {
  identifier          = "orders-reporting"
  replicate_source_db = aws_db_instance.orders.identifier
  instance_class      = "db.m6g.large"
}
