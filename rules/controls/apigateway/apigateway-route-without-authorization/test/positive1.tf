resource "aws_apigatewayv2_api" "orders" {
  name          = "orders"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_integration" "orders" {
  api_id                 = aws_apigatewayv2_api.orders.id
  integration_type       = "AWS_PROXY"
  integration_uri        = "arn:aws:lambda:eu-west-1:111122223333:function:orders-api"
  payload_format_version = "2.0"
}

# authorization left out: NONE
resource "aws_apigatewayv2_route" "list_orders" {
  api_id    = aws_apigatewayv2_api.orders.id
  route_key = "GET /orders"
  target    = "integrations/${aws_apigatewayv2_integration.orders.id}"
}

resource "aws_apigatewayv2_route" "cancel_order" {
  api_id             = aws_apigatewayv2_api.orders.id
  route_key          = "DELETE /orders/{id}"
  target             = "integrations/${aws_apigatewayv2_integration.orders.id}"
  authorization_type = "NONE"
}
