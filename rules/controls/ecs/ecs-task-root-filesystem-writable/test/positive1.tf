resource "aws_ecs_task_definition" "api" {
  family                   = "orders-api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024

  container_definitions = jsonencode([
    {
      name                   = "api"
      image                  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/orders-api:1.8.2"
      essential              = true
      readonlyRootFilesystem = true
    },
    # the sidecar was left writable
    {
      name      = "envoy"
      image     = "public.ecr.aws/appmesh/aws-appmesh-envoy:v1.29.6.0-prod"
      essential = true
    }
  ])
}

resource "aws_ecs_task_definition" "reports" {
  family = "reports"

  container_definitions = jsonencode([
    {
      name                   = "reports"
      image                  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/reports:2.0.1"
      memory                 = 512
      readonlyRootFilesystem = false
    }
  ])
}
