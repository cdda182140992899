resource "aws_security_group" "search" {
  name   = "search"
  vpc_id = "vpc-0abc1234"
}

resource "aws_opensearch_domain" "logs" {
  domain_name    = "app-logs"
  engine_version = "OpenSearch_2.13"

  cluster_config {
    instance_type  = "r6g.large.search"
    instance_count = 2

    zone_awareness_enabled = true
  }

  vpc_options {
    subnet_ids         = ["subnet-0a1b2c3d", "subnet-0e1f2a3b"]
    security_group_ids = [aws_security_group.search.id]
  }

  ebs_options {
    ebs_enabled = true
    volume_size = 100
  }
}
