resource "aws_lb" "mqtt" {
  name               = "mqtt"
  load_balancer_type = "network"
  subnets            = ["subnet-0a1b2c3d", "subnet-0e1f2a3b"]
}

# ssl_policy left out: AWS applies ELBSecurityPolicy-2016-08
resource "aws_lb_listener" "mqtts" {
  load_balancer_arn = aws_lb.mqtt.arn
  port              = 8883
  protocol          = "TLS"
  certificate_arn   = "arn:aws:acm:eu-west-1:111122223333:certificate/5f8c2f4e-1d2a-4b1e-9f0a-0c1d2e3f4a5b"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/mqtt/1a2b3c4d5e6f7a8b"
  }
}
