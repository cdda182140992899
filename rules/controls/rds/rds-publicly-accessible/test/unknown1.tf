variable "public" {
  type = bool
}

resource "aws_db_instance" "configurable" {
  identifier          = "configurable"
  engine              = "mysql"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  publicly_accessible = var.public
}
