variable "public_endpoint" {
  type        = bool
  description = "expose the warehouse to BI tools outside the VPC"
}

resource "aws_redshift_cluster" "analytics" {
  cluster_identifier     = "analytics"
  master_username        = "analytics_admin"
  manage_master_password = true
  node_type              = "ra3.xlplus"
  number_of_nodes        = 2
  publicly_accessible    = var.public_endpoint
}
