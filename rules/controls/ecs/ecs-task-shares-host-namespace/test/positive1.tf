# a monitoring agent that wants to see every process on the instance
resource "aws_ecs_task_definition" "node_monitor" {
  family                   = "node-monitor"
  requires_compatibilities = ["EC2"]
  network_mode             = "bridge"
  pid_mode                 = "host"

  container_definitions = jsonencode([
    {
      name   = "monitor"
      image  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/node-monitor:2.3"
      memory = 256
    }
  ])
}

resource "aws_ecs_task_definition" "market_data" {
  family   = "market-data"
  ipc_mode = "host"

  container_definitions = jsonencode([
    {
      name   = "feed"
      image  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/market-feed:7.0"
      memory = 1024
    }
  ])
}
