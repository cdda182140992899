resource "aws_db_instance" "pinned" {
  identifier                 = "pinned"
  engine                     = "mysql"
  engine_version             = "8.0.35"
  instance_class             = "db.t3.micro"
  allocated_storage          = 20
  auto_minor_version_upgrade = false
}
