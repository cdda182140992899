resource "aws_kms_key" "streams" {
  description         = "Event streams"
  enable_key_rotation = true
}

resource "aws_kinesis_stream" "clickstream" {
  name             = "clickstream"
  retention_period = 48
  encryption_type  = "KMS"
  kms_key_id       = "alias/aws/kinesis"

  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
}

resource "aws_kinesis_stream" "order_changes" {
  name             = "order-changes"
  shard_count      = 2
  retention_period = 168
  encryption_type  = "KMS"
  kms_key_id       = aws_kms_key.streams.arn
}
