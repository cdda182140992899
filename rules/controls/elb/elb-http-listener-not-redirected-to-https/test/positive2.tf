resource "aws_alb" "legacy" {
  name    = "legacy"
  subnets = ["subnet-0a1b2c3d", "subnet-0e1f2a3b"]
}

# a redirect that keeps the request's protocol: still HTTP
resource "aws_alb_listener" "http" {
  load_balancer_arn = aws_alb.legacy.arn
  port              = "80"
  protocol          = "HTTP"

  default_action {
    type = "redirect"

    redirect {
      host        = "www.example.com"
      status_code = "HTTP_302"
    }
  }
}
