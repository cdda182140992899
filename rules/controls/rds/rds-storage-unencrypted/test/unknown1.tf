variable "encrypt" {
  type = bool
}

resource "aws_rds_cluster" "configurable" {
  cluster_identifier = "configurable"
  engine             = "aurora-postgresql"
  master_username    = "app"
  storage_encrypted  = var.encrypt
}
