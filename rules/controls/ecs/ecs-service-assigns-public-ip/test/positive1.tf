resource "aws_ecs_cluster" "main" {
  name = "orders"
}

resource "aws_ecs_service" "api" {
  name            = "orders-api"
  cluster         = aws_ecs_cluster.main.id
  task_definition = "orders-api:42"
  desired_count   = 3
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = ["subnet-0a1b2c3d", "subnet-0e1f2a3b"]
    security_groups  = ["sg-0a1b2c3d4e5f60718"]
    assign_public_ip = true
  }
}
