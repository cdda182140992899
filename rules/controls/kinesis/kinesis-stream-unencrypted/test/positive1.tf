resource "aws_kinesis_stream" "clickstream" {
  name             = "clickstream"
  retention_period = 48

  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
}

resource "aws_kinesis_stream" "order_changes" {
  name             = "order-changes"
  shard_count      = 2
  retention_period = 168
  encryption_type  = "NONE"
}
