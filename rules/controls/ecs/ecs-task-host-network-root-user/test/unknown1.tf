variable "container_user" {
  type        = string
  description = "user the proxy runs as"
}

resource "aws_ecs_task_definition" "proxy" {
  family       = "egress-proxy"
  network_mode = "host"

  container_definitions = jsonencode([
    {
      name   = "squid"
      image  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/squid:6.6"
      memory = 256
      user   = var.container_user
    }
  ])
}
