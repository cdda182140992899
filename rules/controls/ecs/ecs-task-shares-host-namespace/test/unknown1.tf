variable "pid_mode" {
  type        = string
  description = "host or task"
}

resource "aws_ecs_task_definition" "node_monitor" {
  family   = "node-monitor"
  pid_mode = var.pid_mode

  container_definitions = jsonencode([
    {
      name   = "monitor"
      image  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/node-monitor:2.3"
      memory = 256
    }
  ])
}
