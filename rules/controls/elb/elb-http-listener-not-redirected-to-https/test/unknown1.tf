variable "http_action" {
  type        = string
  description = "forward or redirect"
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/shop/0a1b2c3d4e5f6a7b"
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = var.http_action
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/shop/1a2b3c4d5e6f7a8b"
  }
}
