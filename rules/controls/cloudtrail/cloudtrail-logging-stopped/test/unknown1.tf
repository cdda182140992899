variable "trail_enabled" {
  type = bool
}

resource "aws_cloudtrail" "main" {
  name                  = "main"
  s3_bucket_name        = "acme-audit-logs"
  is_multi_region_trail = true
  enable_logging        = var.trail_enabled
}
