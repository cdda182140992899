resource "aws_s3_bucket" "access_logs" {
  bucket = "acme-access-logs"
}

resource "aws_s3_bucket" "exports" {
  bucket = "acme-exports"
}

resource "aws_s3_bucket_logging" "exports" {
  bucket        = aws_s3_bucket.exports.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "exports/"
}

# logged by nothing, and not a log target either
resource "aws_s3_bucket" "scratch" {
  bucket = "acme-scratch"
}
