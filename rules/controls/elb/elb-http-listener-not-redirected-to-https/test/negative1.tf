resource "aws_lb" "shop" {
  name               = "shop"
  load_balancer_type = "application"
  subnets            = ["subnet-0a1b2c3d", "subnet-0e1f2a3b"]
}

resource "aws_lb_target_group" "shop" {
  name     = "shop"
  port     = 8080
  protocol = "HTTP"
  vpc_id   = "vpc-0abc1234"
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.shop.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"

    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.shop.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = "arn:aws:acm:eu-west-1:111122223333:certificate/5f8c2f4e-1d2a-4b1e-9f0a-0c1d2e3f4a5b"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.shop.arn
  }
}

# a health endpoint that answers without serving the application
resource "aws_lb_listener" "status" {
  load_balancer_arn = aws_lb.shop.arn
  port              = 8081
  protocol          = "HTTP"

  default_action {
    type = "fixed-response"

    fixed_response {
      content_type = "text/plain"
      message_body = "ok"
      status_code  = "200"
    }
  }
}

# a Gateway Load Balancer listener has neither protocol nor port
resource "aws_lb_listener" "inspection" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/gwy/inspection/0a1b2c3d4e5f6a7b"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/appliances/1a2b3c4d5e6f7a8b"
  }
}
