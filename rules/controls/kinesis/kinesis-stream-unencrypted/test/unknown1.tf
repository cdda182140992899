variable "encryption_type" {
  description = "NONE or KMS"
  type        = string
}

resource "aws_kinesis_stream" "clickstream" {
  name            = "clickstream"
  shard_count     = 1
  encryption_type = var.encryption_type
  kms_key_id      = "alias/aws/kinesis"
}
