variable "expose_reader" {
  type    = bool
  default = true
}

resource "aws_rds_cluster_instance" "reader" {
  identifier          = "reader-1"
  cluster_identifier  = "analytics"
  engine              = "aurora-postgresql"
  instance_class      = "db.r6g.large"
  publicly_accessible = var.expose_reader
}
