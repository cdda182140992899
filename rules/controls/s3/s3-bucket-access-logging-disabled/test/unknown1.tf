variable "source_bucket" {
  type        = string
  description = "Bucket whose access logs this module configures"
}

resource "aws_s3_bucket" "orders" {
  bucket = "acme-orders"
}

# cannot tell whether this logging configuration is the orders bucket's
resource "aws_s3_bucket_logging" "configured" {
  bucket        = var.source_bucket
  target_bucket = "acme-access-logs"
  target_prefix = "orders/"
}
