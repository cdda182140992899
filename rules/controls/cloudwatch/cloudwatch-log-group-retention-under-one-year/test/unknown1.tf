variable "retention_days" {
  type        = number
  description = "How long the service keeps its logs"
}

resource "aws_cloudwatch_log_group" "orders" {
  name              = "/app/orders"
  retention_in_days = var.retention_days
}
