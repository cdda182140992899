variable "ssl_policy" {
  type        = string
  description = "security policy of the public listener"
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/api/0a1b2c3d4e5f6a7b"
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = var.ssl_policy
  certificate_arn   = "arn:aws:acm:eu-west-1:111122223333:certificate/5f8c2f4e-1d2a-4b1e-9f0a-0c1d2e3f4a5b"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/api/1a2b3c4d5e6f7a8b"
  }
}
