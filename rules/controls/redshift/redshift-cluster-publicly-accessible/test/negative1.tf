resource "aws_redshift_cluster" "analytics" {
  cluster_identifier     = "analytics"
  database_name          = "sales"
  master_username        = "analytics_admin"
  manage_master_password = true
  node_type              = "ra3.xlplus"
  number_of_nodes        = 2
  encrypted              = true
  publicly_accessible    = false
}

# left out: private by default
resource "aws_redshiftserverless_workgroup" "reporting" {
  namespace_name = "reporting"
  workgroup_name = "reporting"
  base_capacity  = 8
}
