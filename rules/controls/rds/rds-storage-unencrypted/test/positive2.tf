# provisioned is the default engine mode, and it is not encrypted by default
resource "aws_rds_cluster" "events" {
  cluster_identifier = "events"
  engine             = "aurora-mysql"
  engine_mode        = "provisioned"
  master_username    = "app"
}

resource "aws_rds_cluster" "sessions" {
  cluster_identifier = "sessions"
  engine             = "aurora-mysql"
  engine_mode        = "serverless"
  master_username    = "app"
  storage_encrypted  = false
}
