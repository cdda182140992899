variable "trail_kms_key_arn" {
  type        = string
  description = "Key for the trail's log files; null to use S3-managed encryption"
}

resource "aws_cloudtrail" "main" {
  name                  = "main"
  s3_bucket_name        = "acme-audit-logs"
  is_multi_region_trail = true
  kms_key_id            = var.trail_kms_key_arn
}
