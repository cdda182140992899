variable "route_authorization" {
  type        = string
  description = "NONE, JWT, AWS_IAM or CUSTOM"
}

resource "aws_apigatewayv2_route" "list_orders" {
  api_id             = "a1b2c3d4e5"
  route_key          = "GET /orders"
  authorization_type = var.route_authorization
}
