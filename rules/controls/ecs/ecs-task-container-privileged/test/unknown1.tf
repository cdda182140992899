variable "privileged" {
  type        = bool
  description = "run the agent container privileged"
}

resource "aws_ecs_task_definition" "agent" {
  family = "monitoring-agent"

  container_definitions = jsonencode([
    {
      name       = "agent"
      image      = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/monitoring-agent:5.1"
      memory     = 256
      privileged = var.privileged
    }
  ])
}
