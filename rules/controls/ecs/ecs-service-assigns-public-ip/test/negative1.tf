resource "aws_ecs_service" "api" {
  name            = "orders-api"
  cluster         = "orders"
  task_definition = "orders-api:42"
  desired_count   = 3
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = ["subnet-0a1b2c3d", "subnet-0e1f2a3b"]
    security_groups  = ["sg-0a1b2c3d4e5f60718"]
    assign_public_ip = false
  }

  load_balancer {
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/orders-api/1a2b3c4d5e6f7a8b"
    container_name   = "api"
    container_port   = 8080
  }
}

# left out: no public address
resource "aws_ecs_service" "worker" {
  name            = "orders-worker"
  cluster         = "orders"
  task_definition = "orders-worker:17"
  desired_count   = 2
  launch_type     = "FARGATE"

  network_configuration {
    subnets = ["subnet-0a1b2c3d", "subnet-0e1f2a3b"]
  }
}
