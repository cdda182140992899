resource "aws_s3_bucket" "access_logs" {
  bucket = "acme-access-logs"
}

resource "aws_s3_bucket" "invoices" {
  bucket = "acme-invoices"
}

resource "aws_s3_bucket_logging" "invoices" {
  bucket        = aws_s3_bucket.invoices.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "invoices/"
}

# provider v3 style: the logging block inside the bucket
resource "aws_s3_bucket" "legacy_reports" {
  bucket = "acme-legacy-reports"

  logging {
    target_bucket = "acme-access-logs"
    target_prefix = "legacy-reports/"
  }
}
