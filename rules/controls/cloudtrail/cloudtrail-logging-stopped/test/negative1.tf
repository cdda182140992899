resource "aws_cloudtrail" "main" {
  name                          = "main"
  s3_bucket_name                = "acme-audit-logs"
  is_multi_region_trail         = true
  include_global_service_events = true
  enable_log_file_validation    = true
}

resource "aws_cloudtrail" "data_events" {
  name           = "data-events"
  s3_bucket_name = "acme-audit-logs"
  enable_logging = true
}
