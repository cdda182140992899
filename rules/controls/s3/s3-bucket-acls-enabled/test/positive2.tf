variable "log_bucket_ownership" {
  type    = string
  default = "BucketOwnerPreferred"
}

resource "aws_s3_bucket" "cdn_logs" {
  bucket = "acme-cdn-logs"
}

resource "aws_s3_bucket_ownership_controls" "cdn_logs" {
  bucket = aws_s3_bucket.cdn_logs.id

  rule {
    object_ownership = var.log_bucket_ownership
  }
}
