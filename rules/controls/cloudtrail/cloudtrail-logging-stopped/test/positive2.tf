variable "audit_logging" {
  type        = bool
  description = "Turn the audit trail on"
  default     = false
}

resource "aws_cloudtrail" "audit" {
  name                  = "audit"
  s3_bucket_name        = "acme-audit-logs"
  is_multi_region_trail = true
  enable_logging        = var.audit_logging
}
