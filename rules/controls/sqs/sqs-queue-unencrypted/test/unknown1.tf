variable "sse_enabled" {
  type = bool
}

resource "aws_sqs_queue" "order_events" {
  name                    = "order-events"
  sqs_managed_sse_enabled = var.sse_enabled
}
