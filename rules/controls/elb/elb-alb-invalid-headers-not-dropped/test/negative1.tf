resource "aws_lb" "storefront" {
  name                       = "storefront"
  load_balancer_type         = "application"
  subnets                    = ["subnet-0a1b2c3d", "subnet-0e1f2a3b"]
  drop_invalid_header_fields = true
}

# a Network Load Balancer does not parse HTTP
resource "aws_lb" "mqtt" {
  name               = "mqtt"
  load_balancer_type = "network"
  subnets            = ["subnet-0a1b2c3d", "subnet-0e1f2a3b"]
}
