resource "aws_ecs_task_definition" "api" {
  family                   = "orders-api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024

  volume {
    name = "tmp"
  }

  container_definitions = jsonencode([
    {
      name                   = "api"
      image                  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/orders-api:1.8.2"
      essential              = true
      readonlyRootFilesystem = true
      mountPoints = [{
        sourceVolume  = "tmp"
        containerPath = "/tmp"
      }]
    }
  ])
}

# Windows containers do not support a read-only root filesystem
resource "aws_ecs_task_definition" "legacy_billing" {
  family                   = "legacy-billing"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 1024
  memory                   = 2048

  runtime_platform {
    operating_system_family = "WINDOWS_SERVER_2022_CORE"
    cpu_architecture        = "X86_64"
  }

  container_definitions = jsonencode([
    {
      name  = "billing"
      image = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/legacy-billing:4.2"
    }
  ])
}
