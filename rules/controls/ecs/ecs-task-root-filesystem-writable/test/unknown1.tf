variable "read_only_root" {
  type        = bool
  description = "mount the container's root filesystem read-only"
}

resource "aws_ecs_task_definition" "api" {
  family = "orders-api"

  container_definitions = jsonencode([
    {
      name                   = "api"
      image                  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/orders-api:1.8.2"
      memory                 = 512
      readonlyRootFilesystem = var.read_only_root
    }
  ])
}
