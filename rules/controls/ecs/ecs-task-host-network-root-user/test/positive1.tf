resource "aws_ecs_task_definition" "dns_cache" {
  family                   = "dns-cache"
  requires_compatibilities = ["EC2"]
  network_mode             = "host"

  container_definitions = jsonencode([
    {
      name      = "coredns"
      image     = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/coredns:1.11.1"
      memory    = 128
      essential = true
    }
  ])
}

resource "aws_ecs_task_definition" "proxy" {
  family       = "egress-proxy"
  network_mode = "host"

  container_definitions = jsonencode([
    {
      name   = "squid"
      image  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/squid:6.6"
      memory = 256
      user   = "root"
    }
  ])
}
