variable "multi_az" {
  description = "Whether the database keeps a standby in a second Availability Zone"
  type        = bool
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.m6g.large"
  allocated_storage           = 100
  username                    = "orders"
  manage_master_user_password = true
  multi_az                    = var.multi_az
}
