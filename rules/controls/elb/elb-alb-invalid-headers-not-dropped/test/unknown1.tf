variable "strict_headers" {
  type        = bool
  description = "drop headers with invalid names"
}

resource "aws_lb" "storefront" {
  name                       = "storefront"
  load_balancer_type         = "application"
  subnets                    = ["subnet-0a1b2c3d", "subnet-0e1f2a3b"]
  drop_invalid_header_fields = var.strict_headers
}
