variable "protect" {
  type = bool
}

resource "aws_rds_cluster" "configurable" {
  cluster_identifier  = "configurable"
  engine              = "aurora-postgresql"
  deletion_protection = var.protect
}
