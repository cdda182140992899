resource "aws_kms_key" "queues" {
  description         = "Order queues"
  enable_key_rotation = true
}

resource "aws_sqs_queue" "order_events" {
  name                              = "order-events"
  kms_master_key_id                 = aws_kms_key.queues.arn
  kms_data_key_reuse_period_seconds = 300
}

# SSE-SQS by default
resource "aws_sqs_queue" "order_events_dlq" {
  name                      = "order-events-dlq"
  message_retention_seconds = 1209600
}

resource "aws_sqs_queue" "invoice_jobs" {
  name                    = "invoice-jobs"
  sqs_managed_sse_enabled = true
}
