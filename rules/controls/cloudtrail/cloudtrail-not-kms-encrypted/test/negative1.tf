resource "aws_kms_key" "trail" {
  description         = "CloudTrail log files"
  enable_key_rotation = true
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "acme-audit-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = aws_kms_key.trail.arn
}

resource "aws_cloudtrail" "data_events" {
  name           = "data-events"
  s3_bucket_name = "acme-audit-logs"
  kms_key_id     = "arn:aws:kms:eu-west-1:111122223333:key/0b7e4f2a-5c1d-4e8b-9a3f-6d2c1e0f9a8b"
}
