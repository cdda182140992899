resource "aws_ecs_task_definition" "api" {
  family                   = "orders-api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024

  container_definitions = jsonencode([
    {
      name  = "api"
      image = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/orders-api:1.8.2"
    }
  ])
}

# containers of the task share a namespace with each other only
resource "aws_ecs_task_definition" "profiler" {
  family   = "profiler"
  pid_mode = "task"
  ipc_mode = "task"

  container_definitions = jsonencode([
    {
      name   = "app"
      image  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/reports:2.0.1"
      memory = 512
    },
    {
      name   = "profiler"
      image  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/profiler:1.1"
      memory = 128
    }
  ])
}
