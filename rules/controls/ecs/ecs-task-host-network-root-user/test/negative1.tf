resource "aws_ecs_task_definition" "dns_cache" {
  family                   = "dns-cache"
  requires_compatibilities = ["EC2"]
  network_mode             = "host"

  container_definitions = jsonencode([
    {
      name   = "coredns"
      image  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/coredns:1.11.1"
      memory = 128
      user   = "65532:65532"
    }
  ])
}

# not on the host network: the task has its own interface
resource "aws_ecs_task_definition" "api" {
  family       = "orders-api"
  network_mode = "awsvpc"

  container_definitions = jsonencode([
    {
      name   = "api"
      image  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/orders-api:1.8.2"
      memory = 512
    }
  ])
}
