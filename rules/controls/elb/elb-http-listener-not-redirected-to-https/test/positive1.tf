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

# the storefront served over plain HTTP
resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.shop.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.shop.arn
  }
}

# protocol left out: an Application Load Balancer listener is HTTP
resource "aws_lb_listener" "admin" {
  load_balancer_arn = aws_lb.shop.arn
  port              = 8080

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.shop.arn
  }
}
