variable "retention_days" {
  type = number
}

resource "aws_db_instance" "configurable" {
  identifier              = "configurable"
  engine                  = "postgres"
  instance_class          = "db.t3.micro"
  allocated_storage       = 20
  backup_retention_period = var.retention_days
}
