resource "aws_cloudtrail" "main" {
  name                          = "main"
  s3_bucket_name                = "acme-audit-logs"
  is_multi_region_trail         = true
  include_global_service_events = true
  enable_log_file_validation    = true
  kms_key_id                    = "arn:aws:kms:eu-west-1:111122223333:key/0b7e4f2a-5c1d-4e8b-9a3f-6d2c1e0f9a8b"
}
