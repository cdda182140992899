resource "aws_ecs_task_definition" "api" {
  family                   = "orders-api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024

  container_definitions = jsonencode([
    {
      name       = "api"
      image      = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/orders-api:1.8.2"
      essential  = true
      privileged = false
      portMappings = [{
        containerPort = 8080
        protocol      = "tcp"
      }]
      linuxParameters = {
        capabilities = { drop = ["ALL"] }
      }
    }
  ])
}
