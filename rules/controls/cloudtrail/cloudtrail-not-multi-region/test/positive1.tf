resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = "acme-cloudtrail"
}

resource "aws_cloudtrail" "regional" {
  name                          = "regional"
  s3_bucket_name                = "acme-cloudtrail"
  is_multi_region_trail         = false
  include_global_service_events = true
}
