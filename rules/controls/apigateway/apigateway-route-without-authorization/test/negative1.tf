resource "aws_apigatewayv2_api" "orders" {
  name          = "orders"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_authorizer" "cognito" {
  api_id           = aws_apigatewayv2_api.orders.id
  authorizer_type  = "JWT"
  identity_sources = ["$request.header.Authorization"]
  name             = "cognito"

  jwt_configuration {
    audience = ["4b2c1e7f9a0d3c5e6f7a8b9c0d"]
    issuer   = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Ab12Cd34E"
  }
}

resource "aws_apigatewayv2_route" "list_orders" {
  api_id             = aws_apigatewayv2_api.orders.id
  route_key          = "GET /orders"
  authorization_type = "JWT"
  authorizer_id      = aws_apigatewayv2_authorizer.cognito.id
}

resource "aws_apigatewayv2_route" "internal_report" {
  api_id             = aws_apigatewayv2_api.orders.id
  route_key          = "POST /reports"
  authorization_type = "AWS_IAM"
}

# CORS preflight requests carry no credentials
resource "aws_apigatewayv2_route" "preflight" {
  api_id    = aws_apigatewayv2_api.orders.id
  route_key = "OPTIONS /{proxy+}"
}
