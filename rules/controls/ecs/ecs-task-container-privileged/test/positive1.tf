resource "aws_ecs_task_definition" "log_shipper" {
  family                   = "log-shipper"
  requires_compatibilities = ["EC2"]
  network_mode             = "bridge"

  container_definitions = jsonencode([
    {
      name      = "app"
      image     = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/orders-api:1.8.2"
      essential = true
      memory    = 512
    },
    {
      name       = "shipper"
      image      = "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.0"
      essential  = false
      memory     = 128
      privileged = true
    }
  ])
}
