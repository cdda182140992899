resource "aws_redshift_subnet_group" "analytics" {
  name       = "analytics"
  subnet_ids = ["subnet-0a1b2c3d", "subnet-0e1f2a3b"]
}

resource "aws_redshift_cluster" "analytics" {
  cluster_identifier        = "analytics"
  database_name             = "sales"
  master_username           = "analytics_admin"
  manage_master_password    = true
  node_type                 = "ra3.xlplus"
  number_of_nodes           = 2
  cluster_subnet_group_name = aws_redshift_subnet_group.analytics.name
  encrypted                 = true
  publicly_accessible       = true
}

resource "aws_redshiftserverless_namespace" "reporting" {
  namespace_name = "reporting"
}

resource "aws_redshiftserverless_workgroup" "reporting" {
  namespace_name      = aws_redshiftserverless_namespace.reporting.namespace_name
  workgroup_name      = "reporting"
  base_capacity       = 8
  subnet_ids          = ["subnet-0a1b2c3d", "subnet-0e1f2a3b", "subnet-0c4d5e6f"]
  publicly_accessible = true
}
