variable "public_tasks" {
  type        = bool
  description = "run the tasks with public addresses (sandbox accounts without a NAT gateway)"
}

resource "aws_ecs_service" "api" {
  name            = "orders-api"
  cluster         = "orders"
  task_definition = "orders-api:42"
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = ["subnet-0a1b2c3d", "subnet-0e1f2a3b"]
    assign_public_ip = var.public_tasks
  }
}
