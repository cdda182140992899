resource "aws_lb" "storefront" {
  name               = "storefront"
  internal           = false
  load_balancer_type = "application"
  security_groups    = ["sg-0a1b2c3d4e5f60718"]
  subnets            = ["subnet-0a1b2c3d", "subnet-0e1f2a3b"]

  enable_deletion_protection = true
}

# the type defaults to application
resource "aws_alb" "checkout" {
  name                       = "checkout"
  subnets                    = ["subnet-0a1b2c3d", "subnet-0e1f2a3b"]
  drop_invalid_header_fields = false
}
