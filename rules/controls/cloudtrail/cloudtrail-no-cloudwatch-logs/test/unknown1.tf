variable "trail_log_group_arn" {
  type        = string
  description = "Log group the security account reads the trail from, if any"
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "acme-audit-logs"
  is_multi_region_trail      = true
  cloud_watch_logs_group_arn = var.trail_log_group_arn
  cloud_watch_logs_role_arn  = "arn:aws:iam::111122223333:role/cloudtrail-to-cloudwatch"
}
