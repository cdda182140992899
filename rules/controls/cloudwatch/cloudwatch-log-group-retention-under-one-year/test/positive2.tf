variable "api_log_retention_days" {
  type    = number
  default = 30
}

resource "aws_cloudwatch_log_group" "api_access" {
  name              = "/apigateway/orders/access"
  retention_in_days = var.api_log_retention_days
}
